use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Str, first_block, is_aws_managed_key, str_in};

pub static CHECK: Check = Check {
    id: "AWS-MSK-002",
    name: "msk-cluster-without-cmk",
    title: "MSK cluster is encrypted at rest with the AWS managed key",
    severity: Severity::Low,
    description: "Flags `aws_msk_cluster` resources that set no \
        `encryption_info.encryption_at_rest_kms_key_arn` (or name the AWS managed key \
        `alias/aws/kafka`). MSK always encrypts broker storage; without a key of your own it \
        uses the AWS managed `aws/kafka` key.\n\nThe key policy of an AWS managed key cannot \
        be changed: you cannot restrict who may use it, disable it in an incident, or audit \
        its use separately from every other MSK cluster in the account.",
    remediation: "Set `encryption_at_rest_kms_key_arn` in `encryption_info` to a customer \
        managed `aws_kms_key`. Changing the key replaces the cluster, so plan a migration.",
    compliance: &["nist-800-53:SC-12", "soc2:CC6.1", "iso-27001:A.8.24"],
    checkov: &[],
    trivy: &[
        "AVD-AWS-0179",
        "AWS-0179",
        "aws-msk-enable-at-rest-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-working-with-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn",
    ],
    resource_kinds: &["aws_msk_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (entry, info) = match first_block(cx.body(), "encryption_info") {
        Block::Present(e, n) => (e, n),
        Block::Absent => {
            cx.report_missing(format!(
                "cluster has no `{}`, so its storage is encrypted with the AWS managed key",
                cx.attr_name("encryption_info", "EncryptionInfo")
            ));
            return;
        }
        Block::Unknown => return,
    };
    match str_in(cx, info, "encryption_at_rest_kms_key_arn") {
        Str::Missing => cx.report(
            entry.key_span,
            format!(
                "cluster does not set `{}`, so its storage is encrypted with the AWS managed key",
                cx.attr_name(
                    "encryption_at_rest_kms_key_arn",
                    "EncryptionAtRest.DataVolumeKMSKeyId"
                )
            ),
        ),
        Str::Value(k, e) if k.trim().is_empty() || is_aws_managed_key(k) => cx.report(
            e.span(),
            "cluster storage is encrypted with the AWS managed key",
        ),
        _ => {}
    }
}
