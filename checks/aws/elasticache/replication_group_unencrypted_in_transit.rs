use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, StrSetting};

pub static CHECK: Check = Check {
    id: "AWS-ELASTICACHE-002",
    name: "elasticache-replication-group-unencrypted-in-transit",
    title: "ElastiCache replication group does not require encryption in transit",
    severity: Severity::Medium,
    description: "Flags `aws_elasticache_replication_group` resources whose \
        `transit_encryption_enabled` is unset or `false` (ElastiCache's default is off), and \
        groups that enable it with `transit_encryption_mode = \"preferred\"`, which still \
        accepts plaintext connections. Members of a global datastore \
        (`global_replication_group_id`) inherit the setting and are skipped.\n\nWithout TLS, \
        cached values, commands and the `AUTH` token cross the network in the clear, where \
        anything able to observe or intercept VPC traffic can read or alter them.",
    remediation: "Set `transit_encryption_enabled = true` and leave `transit_encryption_mode` \
        unset or `\"required\"` (use `\"preferred\"` only for the duration of a migration), and \
        connect with TLS-enabled clients.",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
    ],
    checkov: &["CKV_AWS_30"],
    trivy: &[
        "AVD-AWS-0051",
        "AWS-0051",
        "aws-elasticache-enable-in-transit-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/in-transit-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled",
    ],
    resource_kinds: &["aws_elasticache_replication_group"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    match aws_data::flag(cx, "transit_encryption_enabled") {
        Flag::Unknown => {}
        Flag::On => {
            // Enabled, but in the migration mode that still accepts plaintext clients.
            if let StrSetting::Value(mode) =
                aws_data::str_setting(cx, body, "transit_encryption_mode")
                && mode.eq_ignore_ascii_case("preferred")
            {
                cx.report(
                    cx.resource.span_of("transit_encryption_mode"),
                    "transit encryption mode \"preferred\" still accepts unencrypted connections",
                );
            }
        }
        // Members of a global datastore take the setting from the primary.
        _ if aws_data::is_configured(cx, body, "global_replication_group_id") => {}
        Flag::Off(e) => cx.report(
            e.span(),
            format!(
                "replication group does not encrypt traffic in transit (`{}`)",
                cx.attr_name(
                    "transit_encryption_enabled = false",
                    "TransitEncryptionEnabled: false"
                )
            ),
        ),
        Flag::Missing => cx.report_missing(format!(
            "replication group does not set `{}`, so clients connect without TLS",
            cx.attr_name("transit_encryption_enabled", "TransitEncryptionEnabled")
        )),
    }
}
