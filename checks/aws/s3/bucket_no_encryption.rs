use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-008",
    name: "s3-bucket-encryption-not-configured",
    title: "S3 bucket has no server-side encryption configuration",
    severity: Severity::Low,
    description: "Flags `aws_s3_bucket` resources with neither an inline \
        `server_side_encryption_configuration` block nor an \
        `aws_s3_bucket_server_side_encryption_configuration` that refers to them. It stays \
        silent when such a resource's `bucket` cannot be resolved. In CloudFormation, flags \
        `AWS::S3::Bucket` resources without `BucketEncryption`.\n\n\
        Since January 2023 S3 encrypts every new object with SSE-S3 (AES-256, keys owned by \
        S3) when a bucket declares nothing, so objects are not stored in the clear; the \
        severity is low for that reason. Declaring the configuration still matters: it makes \
        the encryption at rest visible and reviewable in code, keeps it from drifting when \
        someone changes the bucket by hand, and is where SSE-KMS with your own key is chosen.",
    remediation: "Add an `aws_s3_bucket_server_side_encryption_configuration` with \
        `bucket` set to the bucket's `id` and a `rule { apply_server_side_encryption_by_default \
        { ... } }`: `sse_algorithm = \"aws:kms\"` with `kms_master_key_id` naming a customer \
        managed key, or at least `sse_algorithm = \"AES256\"`. In CloudFormation, set the \
        bucket's `BucketEncryption.ServerSideEncryptionConfiguration` with a \
        `ServerSideEncryptionByDefault` (`SSEAlgorithm: aws:kms` and `KMSMasterKeyID`).",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_19"],
    trivy: &[
        "AVD-AWS-0088",
        "AWS-0088",
        "aws-s3-enable-bucket-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration",
    ],
    resource_kinds: &["aws_s3_bucket"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if cx
        .body()
        .entry("server_side_encryption_configuration")
        .is_some()
        || aws_s3::companion(cx, aws_s3::BUCKET_ENCRYPTION) != Companion::Absent
    {
        return;
    }
    cx.report_missing(
        "bucket declares no server-side encryption configuration, so only the S3 default \
         (SSE-S3) applies",
    )
}
