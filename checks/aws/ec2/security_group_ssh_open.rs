use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EC2-001",
    name: "security-group-ssh-open-to-internet",
    title: "Security group allows SSH from the internet",
    severity: Severity::Critical,
    description: "Flags ingress rules that admit traffic to port 22 from `0.0.0.0/0` or `::/0`, \
        including port ranges and all-protocol rules that contain port 22.\n\nSSH open to the \
        internet is scanned and brute-forced within minutes of exposure; a weak key or an \
        unpatched daemon becomes a foothold in the network.",
    remediation: "Restrict the source to known administrative CIDR blocks, or remove the rule \
        and reach instances through AWS Systems Manager Session Manager or a bastion.",
    compliance: &[
        "cis-aws:5.2",
        "cis-aws:5.3",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_24"],
    trivy: &["AVD-AWS-0107", "AWS-0107", "aws-ec2-no-public-ingress-sgr"],
    references: &["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"],
    resource_kinds: facts::aws_network::INGRESS_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for rule in facts::aws_network::ingress_rules(cx.resource) {
        if rule.admits_tcp_port(22) != Some(true) {
            continue;
        }
        for (cidr, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "ingress allows {cidr} to {}, which includes SSH (22)",
                    rule.describe_ports()
                ),
            );
        }
    }
}
