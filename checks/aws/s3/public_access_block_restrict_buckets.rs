use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-007",
    name: "s3-public-access-block-allows-public-buckets",
    title: "S3 public access block does not restrict public buckets",
    severity: Severity::Medium,
    description: "Flags `aws_s3_bucket_public_access_block` and \
        `aws_s3_account_public_access_block` resources where `restrict_public_buckets` is `false` \
        or not set (it defaults to `false`). In CloudFormation, flags the \
        `PublicAccessBlockConfiguration` of an `AWS::S3::Bucket` whose `RestrictPublicBuckets` is \
        `false` or not set.\n\n\
        With `restrict_public_buckets` on, a bucket whose policy is public can only be used by AWS \
        services and principals of the owning account. Without it, a public policy that is already \
        attached keeps granting access to everyone.",
    remediation: "Set `restrict_public_buckets = true` (in CloudFormation, `RestrictPublicBuckets: \
        true` in the bucket's `PublicAccessBlockConfiguration`), together with \
        `block_public_policy = true`.",
    compliance: &[
        "cis-aws:2.1.4",
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_56"],
    trivy: &["AVD-AWS-0093", "AWS-0093", "aws-s3-no-public-buckets"],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block",
    ],
    resource_kinds: &[
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    facts::aws_s3::report_block_flag(
        cx,
        "restrict_public_buckets",
        "a public bucket policy still lets anyone access the bucket",
    );
}
