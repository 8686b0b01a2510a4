use crate::check::prelude::*;
use crate::facts::aws_compute::{describe_ingress, opens_all_ports};

pub static CHECK: Check = Check {
    id: "AWS-EC2-004",
    name: "security-group-all-ports-open-to-internet",
    title: "Security group allows all ports from the internet",
    severity: Severity::Critical,
    description: "Flags ingress rules that admit traffic from `0.0.0.0/0` or `::/0` on every \
        port: all protocols (`-1` / `all`), or a TCP or UDP rule over the whole port range \
        (`0-65535`).\n\n\
        Such a rule turns off the security group as a firewall: every service listening on \
        the instance, including management interfaces, debug endpoints and databases bound to \
        all interfaces, becomes reachable from anywhere.",
    remediation: "Replace the rule with rules for the specific ports the workload serves \
        (`from_port` / `to_port` with `protocol = \"tcp\"`), and limit their sources to the \
        CIDR blocks or security groups that need them.",
    compliance: &[
        "cis-aws:5.2",
        "cis-aws:5.3",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_277"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
    ],
    resource_kinds: facts::aws_network::INGRESS_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for rule in facts::aws_network::ingress_rules(cx.resource) {
        if opens_all_ports(&rule) != Some(true) {
            continue;
        }
        for (cidr, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!("ingress allows {cidr} to {}", describe_ingress(&rule)),
            );
        }
    }
}
