use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, StrSetting};

pub static CHECK: Check = Check {
    id: "AWS-RDS-003",
    name: "rds-cluster-storage-unencrypted",
    title: "RDS cluster storage is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_rds_cluster` resources (Aurora and Multi-AZ DB clusters) whose \
        `storage_encrypted` is unset or `false`. Aurora Serverless v1 clusters \
        (`engine_mode = \"serverless\"`) are always encrypted and are skipped; clusters created \
        from a snapshot, a replication source, a point-in-time restore or as a member of a \
        global cluster inherit their encryption and are only flagged for an explicit \
        `false`.\n\nFor provisioned clusters the provider leaves storage unencrypted unless \
        asked, and the cluster volume, its backups and snapshots then hold data in the clear. \
        The setting cannot be changed after creation.",
    remediation: "Set `storage_encrypted = true` on the cluster, optionally with `kms_key_id` \
        naming a customer managed key. For an existing cluster, restore an encrypted copy of a \
        snapshot into a new cluster.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_96"],
    trivy: &[
        "AVD-AWS-0079",
        "AWS-0079",
        "aws-rds-encrypt-cluster-storage-data",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#storage_encrypted",
    ],
    resource_kinds: &["aws_rds_cluster"],
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
    // Aurora Serverless v1 is always encrypted; an unknown mode might be serverless.
    match aws_data::str_setting(cx, body, "engine_mode") {
        StrSetting::Value(m) if m.eq_ignore_ascii_case("serverless") => return,
        StrSetting::Unknown => return,
        _ => {}
    }
    match off {
        Some(e) => cx.report(
            e.span(),
            format!(
                "cluster storage is not encrypted (`{}`)",
                cx.attr_name("storage_encrypted = false", "StorageEncrypted: false")
            ),
        ),
        // Clusters created from another source inherit its encryption.
        None if aws_data::inherited_from(cx, body, aws_data::DB_CLUSTER_SOURCES).is_some() => {}
        None => cx.report_missing(format!(
            "cluster does not set `{}`, so its storage is not encrypted",
            cx.attr_name("storage_encrypted", "StorageEncrypted")
        )),
    }
}
