use crate::check::prelude::*;
use crate::facts::aws_data::{KmsKey, kms_key};

pub static CHECK: Check = Check {
    id: "AWS-BACKUP-001",
    name: "backup-vault-without-cmk",
    title: "Backup vault is not encrypted with a customer managed key",
    severity: Severity::Low,
    description: "Flags `aws_backup_vault` resources without a `kms_key_arn`.\n\n\
        Without a key of your own, AWS Backup encrypts the recovery points it manages with \
        the AWS managed `aws/backup` key. Its use cannot be restricted with a key policy, and \
        copying those backups to another account (a common defence against ransomware and \
        account compromise) needs a customer managed key.",
    remediation: "Set `kms_key_arn` to a customer managed KMS key whose policy grants AWS \
        Backup and your backup roles the use of the key. The key of an existing vault cannot \
        be changed; create a new vault.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "nist-800-53:CP-9",
        "pci-dss:3.5.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_166"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn",
    ],
    resource_kinds: &["aws_backup_vault"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let KmsKey::None = kms_key(cx, cx.body(), "kms_key_arn", "kms_key_arn") {
        cx.report(
            cx.resource.span_of("kms_key_arn"),
            format!(
                "backup vault sets no `{}`, so its backups are encrypted with the AWS managed \
                 `aws/backup` key",
                cx.attr_name("kms_key_arn", "EncryptionKeyArn")
            ),
        );
    }
}
