use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag};

pub static CHECK: Check = Check {
    id: "AWS-RDS-002",
    name: "rds-instance-storage-unencrypted",
    title: "RDS database instance storage is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_db_instance` resources whose `storage_encrypted` is unset or \
        `false`. Read replicas (`replicate_source_db`) take their encryption from the source and \
        are skipped; instances restored from a snapshot or to a point in time are only flagged \
        for an explicit `false`, since they otherwise inherit the source's encryption.\n\n\
        Without storage encryption the database files, automated backups, snapshots and read \
        replicas are all stored in the clear. Encryption can only be chosen when the instance is \
        created: fixing it later means restoring an encrypted copy of a snapshot.",
    remediation: "Set `storage_encrypted = true` (optionally with `kms_key_id` naming a customer \
        managed key). For an existing instance, copy a snapshot with encryption enabled and \
        restore the instance from it.",
    compliance: &[
        "cis-aws:2.3.1",
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_16"],
    trivy: &[
        "AVD-AWS-0080",
        "AWS-0080",
        "aws-rds-encrypt-instance-storage-data",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted",
    ],
    resource_kinds: &["aws_db_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    let off = match aws_data::flag(cx, "storage_encrypted") {
        Flag::On | Flag::Unknown => return,
        Flag::Off(e) => Some(e),
        Flag::Missing => None,
    };
    // A read replica is encrypted exactly when its source is.
    if aws_data::is_configured(cx, body, "replicate_source_db") {
        return;
    }
    // Aurora storage belongs to the cluster (AWS-RDS-003).
    if aws_data::engine(body).is_some_and(|e| aws_data::is_aurora(&e)) {
        return;
    }
    match off {
        Some(e) => cx.report(
            e.span(),
            format!(
                "instance storage is not encrypted (`{}`)",
                cx.attr_name("storage_encrypted = false", "StorageEncrypted: false")
            ),
        ),
        // Restored instances inherit the source's encryption.
        None if aws_data::inherited_from(cx, body, aws_data::DB_INSTANCE_SOURCES).is_some() => {}
        None => cx.report_missing(format!(
            "instance does not set `{}`, so its storage is not encrypted",
            cx.attr_name("storage_encrypted", "StorageEncrypted")
        )),
    }
}
