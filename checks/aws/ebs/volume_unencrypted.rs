use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EBS-001",
    name: "ebs-volume-unencrypted",
    title: "EBS volume is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_ebs_volume` resources with `encrypted` unset or `false`.\n\n\
        Unencrypted volumes and their snapshots expose data to anyone who obtains a copy of \
        a snapshot or access to the underlying storage, and fail most data-at-rest controls.",
    remediation: "Set `encrypted = true`, ideally with `kms_key_id` naming a customer managed \
        key, or turn on EBS encryption by default for the account and region.",
    compliance: &[
        "cis-aws:2.2.1",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "nist-800-53:SC-28",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_3"],
    trivy: &[
        "AVD-AWS-0026",
        "AWS-0026",
        "aws-ec2-enable-volume-encryption",
    ],
    references: &["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"],
    resource_kinds: &["aws_ebs_volume"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match cx.bool_or("encrypted", false) {
        Some((false, span)) if matches!(cx.setting("encrypted"), Setting::Missing) => cx.report(
            span,
            format!(
                "volume does not set `{}`, so it is stored unencrypted",
                cx.attr_name("encrypted", "Encrypted")
            ),
        ),
        Some((false, span)) => cx.report(
            span,
            format!(
                "volume is not encrypted (`{}`)",
                cx.attr_name("encrypted = false", "Encrypted: false")
            ),
        ),
        _ => {}
    }
}
