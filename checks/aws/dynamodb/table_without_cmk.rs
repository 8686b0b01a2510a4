use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, KmsKey};

pub static CHECK: Check = Check {
    id: "AWS-DYNAMODB-002",
    name: "dynamodb-table-without-cmk",
    title: "DynamoDB table is not encrypted with a customer managed key",
    severity: Severity::Low,
    description: "Flags `aws_dynamodb_table` resources that leave encryption to AWS: no \
        `server_side_encryption` block or `enabled = false` (an AWS owned key), or \
        `enabled = true` without `kms_key_arn` or with the `aws/dynamodb` alias (the AWS \
        managed key).\n\nDynamoDB always encrypts at rest, but with AWS owned or AWS managed \
        keys you cannot restrict who may decrypt through the key policy, cannot disable the \
        key to cut off access, and see no per-table key use in CloudTrail. A customer managed \
        key adds that separate layer of control over sensitive tables.",
    remediation: "Add `server_side_encryption { enabled = true, kms_key_arn = \
        aws_kms_key.<name>.arn }` with a customer managed KMS key whose policy grants only the \
        principals that need the data.",
    compliance: &["nist-800-53:SC-12", "nist-800-53:SC-28"],
    checkov: &["CKV_AWS_119"],
    trivy: &[
        "AVD-AWS-0025",
        "AWS-0025",
        "aws-dynamodb-table-customer-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption",
    ],
    resource_kinds: &["aws_dynamodb_table"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (block, key, off) = if cx.is_cloudformation() {
        ("SSESpecification", "KMSMasterKeyId", "SSEEnabled: false")
    } else {
        (
            "server_side_encryption",
            "kms_key_arn",
            "server_side_encryption { enabled = false }",
        )
    };
    let Some(sse) = cx.body().entry("server_side_encryption") else {
        cx.report_missing(format!(
            "table has no `{block}`{}, so it is encrypted with an AWS owned key",
            cx.attr_name(" block", "")
        ));
        return;
    };
    match aws_data::flag_in(cx, &sse.node, "enabled") {
        Flag::Off(e) => {
            cx.report(
                e.span(),
                format!("table is encrypted with an AWS owned key (`{off}`)"),
            );
            return;
        }
        Flag::On => {}
        // `enabled` is required in the block; without a known value there is nothing to say.
        Flag::Missing | Flag::Unknown => return,
    }
    match aws_data::kms_key(cx, &sse.node, "kms_key_arn", "server_side_encryption") {
        KmsKey::None => cx.report(
            sse.key_span,
            format!(
                "`{block}` sets no `{key}`, so the table uses the AWS managed key aws/dynamodb"
            ),
        ),
        KmsKey::Named(arn) if arn.ends_with("alias/aws/dynamodb") => cx.report(
            sse.node
                .entry("kms_key_arn")
                .map_or(sse.key_span, Entry::span),
            format!("`{key}` names the AWS managed key aws/dynamodb, not a customer managed key"),
        ),
        _ => {}
    }
}
