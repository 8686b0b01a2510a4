use crate::check::prelude::*;
use crate::facts::aws_compute::{Proto, admits_port, describe_ingress};

pub static CHECK: Check = Check {
    id: "AWS-EC2-002",
    name: "security-group-rdp-open-to-internet",
    title: "Security group allows RDP from the internet",
    severity: Severity::Critical,
    description: "Flags ingress rules that admit TCP or UDP traffic to port 3389 from `0.0.0.0/0` \
        or `::/0`, including port ranges and all-protocol rules that contain port 3389.\n\n\
        Remote Desktop exposed to the internet is one of the most common ways into Windows \
        hosts: it is continuously scanned, password-sprayed, and has had pre-authentication \
        vulnerabilities that need no credentials at all.",
    remediation: "Restrict the source to known administrative CIDR blocks, or remove the rule \
        and reach Windows instances through AWS Systems Manager Fleet Manager / Session Manager \
        port forwarding, a VPN, or a bastion host.",
    compliance: &[
        "cis-aws:5.2",
        "cis-aws:5.3",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_25"],
    trivy: &["AVD-AWS-0107", "AWS-0107", "aws-ec2-no-public-ingress-sgr"],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html",
    ],
    resource_kinds: facts::aws_network::INGRESS_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for rule in facts::aws_network::ingress_rules(cx.resource) {
        if admits_port(&rule, 3389, &[Proto::Tcp, Proto::Udp]) != Some(true) {
            continue;
        }
        for (cidr, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "ingress allows {cidr} to {}, which includes RDP (3389)",
                    describe_ingress(&rule)
                ),
            );
        }
    }
}
