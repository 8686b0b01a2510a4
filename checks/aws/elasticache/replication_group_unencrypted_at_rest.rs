use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, StrSetting};

pub static CHECK: Check = Check {
    id: "AWS-ELASTICACHE-001",
    name: "elasticache-replication-group-unencrypted-at-rest",
    title: "ElastiCache replication group is not encrypted at rest",
    severity: Severity::Medium,
    description: "Flags `aws_elasticache_replication_group` resources with \
        `at_rest_encryption_enabled = false`, or with it unset when the engine is Redis OSS \
        (the default engine), for which ElastiCache does not encrypt at rest unless asked. \
        Valkey replication groups are encrypted by default and are only flagged for an \
        explicit `false`; members of a global datastore (`global_replication_group_id`) \
        inherit the setting and are skipped.\n\nWithout encryption at rest, the data on the \
        nodes' disks, swap and the backups exported to S3 is stored in the clear. Caches often \
        hold session tokens and copies of database rows, and the setting cannot be changed \
        after the group is created.",
    remediation: "Set `at_rest_encryption_enabled = true` (optionally with `kms_key_id` naming a \
        customer managed key). For an existing group, create a new encrypted group from a \
        backup and switch clients over.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_29"],
    trivy: &[
        "AVD-AWS-0045",
        "AWS-0045",
        "aws-elasticache-enable-at-rest-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/at-rest-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled",
    ],
    resource_kinds: &["aws_elasticache_replication_group"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    let off = match aws_data::flag(cx, "at_rest_encryption_enabled") {
        Flag::On | Flag::Unknown => return,
        Flag::Off(e) => Some(e),
        Flag::Missing => None,
    };
    // Members of a global datastore take the setting from the primary.
    if aws_data::is_configured(cx, body, "global_replication_group_id") {
        return;
    }
    match off {
        Some(e) => cx.report(
            e.span(),
            format!(
                "replication group is not encrypted at rest (`{}`)",
                cx.attr_name(
                    "at_rest_encryption_enabled = false",
                    "AtRestEncryptionEnabled: false"
                )
            ),
        ),
        None => {
            // Encrypted by default for Valkey, not for Redis OSS (the default engine); an
            // unknown engine might be either.
            let redis = match aws_data::str_setting(cx, body, "engine") {
                StrSetting::Missing | StrSetting::Empty => true,
                StrSetting::Value(e) => e.eq_ignore_ascii_case("redis"),
                StrSetting::Unknown => false,
            };
            if redis {
                cx.report_missing(format!(
                    "replication group does not set `{}`, so Redis OSS data is stored unencrypted",
                    cx.attr_name("at_rest_encryption_enabled", "AtRestEncryptionEnabled")
                ));
            }
        }
    }
}
