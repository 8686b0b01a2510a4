use crate::check::prelude::*;
use crate::facts::aws_data;

pub static CHECK: Check = Check {
    id: "AWS-EFS-001",
    name: "efs-file-system-unencrypted",
    title: "EFS file system is not encrypted at rest",
    severity: Severity::High,
    description: "Flags `aws_efs_file_system` resources whose `encrypted` is unset or `false`: \
        the EFS API creates an unencrypted file system unless asked.\n\nAn unencrypted file \
        system stores file data and metadata in the clear on the underlying storage and in its \
        backups. Encryption can only be chosen at creation; moving to an encrypted file system \
        later means copying every file.",
    remediation: "Set `encrypted = true`, optionally with `kms_key_id` naming a customer managed \
        key. For an existing file system, create an encrypted one and copy the data over (for \
        example with AWS DataSync).",
    compliance: &[
        "cis-aws:2.4.1",
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_42"],
    trivy: &[
        "AVD-AWS-0037",
        "AWS-0037",
        "aws-efs-enable-at-rest-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/efs/latest/ug/encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted",
    ],
    resource_kinds: &["aws_efs_file_system"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    aws_data::require_true(
        cx,
        "encrypted",
        Some(cx.attr_name(
            "file system does not set `encrypted`, so it is created unencrypted",
            "file system does not set `Encrypted`, so it is created unencrypted",
        )),
        &format!(
            "file system is not encrypted (`{}`)",
            cx.attr_name("encrypted = false", "Encrypted: false")
        ),
    );
}
