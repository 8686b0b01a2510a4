use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-009",
    name: "s3-bucket-encryption-no-cmk",
    title: "S3 bucket is not encrypted with a customer managed KMS key",
    severity: Severity::Low,
    description: "Flags S3 default encryption that does not use a customer managed KMS key: \
        `sse_algorithm = \"AES256\"` (SSE-S3), `aws:kms` or `aws:kms:dsse` without \
        `kms_master_key_id` (the AWS managed key `aws/s3`), and buckets with no encryption \
        configuration at all, which get SSE-S3 by default. It reads inline \
        `server_side_encryption_configuration` blocks and \
        `aws_s3_bucket_server_side_encryption_configuration` resources, and skips buckets that \
        receive server access logs, which only support SSE-S3. In CloudFormation it reads the \
        bucket's `BucketEncryption` (`SSEAlgorithm`, `KMSMasterKeyID`).\n\n\
        The data is encrypted either way; what a customer managed key adds is control: a key \
        policy deciding who may decrypt, CloudTrail records of every use, rotation you manage, \
        and the ability to make the data unreadable by disabling the key. Regulated or \
        sensitive data usually calls for it.",
    remediation: "Set `sse_algorithm = \"aws:kms\"` and `kms_master_key_id` to the ARN of an \
        `aws_kms_key` you manage (with `enable_key_rotation = true`), and consider \
        `bucket_key_enabled = true` to cut KMS request costs. In CloudFormation, set \
        `SSEAlgorithm: aws:kms` and `KMSMasterKeyID` to an `AWS::KMS::Key` of the template \
        (`!GetAtt Key.Arn`) in `ServerSideEncryptionByDefault`, and `BucketKeyEnabled: true`.",
    compliance: &[
        "nist-800-53:SC-12",
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_145"],
    trivy: &["AVD-AWS-0132", "AWS-0132", "aws-s3-encryption-customer-key"],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration",
    ],
    resource_kinds: &[
        "aws_s3_bucket",
        "aws_s3_bucket_server_side_encryption_configuration",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if cx.resource.kind == aws_s3::BUCKET {
        if aws_s3::receives_access_logs(cx) {
            return;
        }
        if let Some(inline) = cx.body().get("server_side_encryption_configuration") {
            check_config(cx, inline);
        } else if aws_s3::companion(cx, aws_s3::BUCKET_ENCRYPTION) == Companion::Absent {
            cx.report_missing(
                "bucket has no encryption configuration, so S3 encrypts it with SSE-S3 rather \
                 than a customer managed KMS key",
            );
        }
        return;
    }
    // aws_s3_bucket_server_side_encryption_configuration: skip log buckets it configures.
    let for_log_bucket = cx.graph.targets(cx.id, "bucket").any(|(id, r)| {
        r.kind == aws_s3::BUCKET && aws_s3::receives_access_logs(&Ctx::new(cx.graph, id))
    });
    if !for_log_bucket {
        check_config(cx, cx.body());
    }
}

/// Checks every `rule` of an encryption configuration.
fn check_config(cx: &Ctx, config: &Node) {
    for entry in config.entries().iter().filter(|e| e.key == "rule") {
        let rules: Vec<&Node> = match &entry.node.value {
            NodeValue::List(items) => items.iter().collect(),
            _ => vec![&entry.node],
        };
        for rule in rules {
            if rule.is_unknown() {
                continue;
            }
            match rule
                .blocks("apply_server_side_encryption_by_default")
                .next()
            {
                Some(default) => check_default(cx, default),
                None => cx.report(
                    entry.key_span,
                    "encryption rule sets no default algorithm, so S3 uses SSE-S3 rather than \
                     a customer managed KMS key",
                ),
            }
        }
    }
}

fn check_default(cx: &Ctx, default: &Node) {
    let Setting::Set(alg) = setting(default, "sse_algorithm") else {
        return;
    };
    match alg.node.as_str() {
        Some("AES256") => cx.report(
            alg.span(),
            "default encryption uses \"AES256\" (SSE-S3, keys managed by S3) rather than a \
             customer managed KMS key",
        ),
        Some(a @ ("aws:kms" | "aws:kms:dsse")) => match setting(default, "kms_master_key_id") {
            Setting::Missing => cx.report(
                alg.span(),
                format!(
                    "default encryption uses \"{a}\" without `{}`, so the AWS managed key \
                     aws/s3 is used rather than a customer managed key",
                    key_attr(cx)
                ),
            ),
            Setting::Set(key)
                if key
                    .node
                    .as_str()
                    .is_some_and(|k| k == "aws/s3" || k.ends_with("alias/aws/s3")) =>
            {
                cx.report(
                    key.span(),
                    format!(
                        "`{}` names the AWS managed key aws/s3, not a customer managed key",
                        key_attr(cx)
                    ),
                )
            }
            _ => {}
        },
        _ => {}
    }
}

/// The name of the key setting in the resource's own format.
fn key_attr(cx: &Ctx) -> &'static str {
    if cx.resource.framework == Framework::CloudFormation {
        "KMSMasterKeyID"
    } else {
        "kms_master_key_id"
    }
}
