use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-003",
    name: "s3-bucket-no-public-access-block",
    title: "S3 bucket has no public access block",
    severity: Severity::Low,
    description: "Flags `aws_s3_bucket` resources that no `aws_s3_bucket_public_access_block` \
        refers to (through its `bucket` argument, by reference or by the same literal name). \
        It stays silent when an `aws_s3_account_public_access_block` in the same configuration \
        could cover the bucket, or when a public access block's `bucket` cannot be resolved. In \
        CloudFormation, flags `AWS::S3::Bucket` resources without \
        `PublicAccessBlockConfiguration`.\n\n\
        A bucket-level public access block is the guardrail that keeps a later ACL or policy \
        change from making the bucket public. Block Public Access may also be set for the whole \
        account (and new buckets get it by default since April 2023), which this scan cannot \
        see; hence the low severity. Declaring it per bucket makes the intent explicit and \
        survives account-level changes.",
    remediation: "Add an `aws_s3_bucket_public_access_block` with `bucket` set to the bucket's \
        `id` and `block_public_acls`, `block_public_policy`, `ignore_public_acls` and \
        `restrict_public_buckets` all `true`. In CloudFormation, add \
        `PublicAccessBlockConfiguration` to the bucket with `BlockPublicAcls`, \
        `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all `true`.",
    compliance: &[
        "cis-aws:2.1.4",
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "soc2:CC6.1",
    ],
    checkov: &["CKV2_AWS_6"],
    trivy: &[
        "AVD-AWS-0094",
        "AWS-0094",
        "aws-s3-specify-public-access-block",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block",
    ],
    resource_kinds: &["aws_s3_bucket"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if aws_s3::companion(cx, aws_s3::BUCKET_PUBLIC_ACCESS_BLOCK) != Companion::Absent
        || aws_s3::account_block_covers(cx)
    {
        return;
    }
    if cx.resource.framework == Framework::CloudFormation {
        cx.report_missing("bucket has no `PublicAccessBlockConfiguration`")
    } else {
        cx.report_missing("bucket has no `aws_s3_bucket_public_access_block`")
    }
}
