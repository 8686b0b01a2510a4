use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EBS-002",
    name: "ebs-encryption-by-default-disabled",
    title: "EBS encryption by default is turned off",
    severity: Severity::Medium,
    description: "Flags `aws_ebs_encryption_by_default` resources with `enabled = false`. \
        Terraform only: EBS encryption by default is an account setting that CloudFormation \
        has no resource type for.\n\n\
        Encryption by default makes every new EBS volume and snapshot copy in the region \
        encrypted, whatever the tool or person creating it asks for. Turning it off means \
        each volume is only encrypted if its creator remembers to ask, and unencrypted volumes \
        cannot be encrypted in place later.",
    remediation: "Set `enabled = true` (the default) on `aws_ebs_encryption_by_default`, \
        optionally with `aws_ebs_default_kms_key` naming a customer managed key, in every \
        region the account uses.",
    compliance: &[
        "cis-aws:2.2.1",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "nist-800-53:SC-28",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_106"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default",
    ],
    resource_kinds: &["aws_ebs_encryption_by_default"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((false, span)) = cx.bool_or("enabled", true) {
        cx.report(
            span,
            "EBS encryption by default is turned off (`enabled = false`)",
        );
    }
}
