use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-005",
    name: "s3-public-access-block-allows-public-policy",
    title: "S3 public access block does not block public policies",
    severity: Severity::Medium,
    description: "Flags `aws_s3_bucket_public_access_block` and \
        `aws_s3_account_public_access_block` resources where `block_public_policy` is `false` or \
        not set (it defaults to `false`). In CloudFormation, flags the \
        `PublicAccessBlockConfiguration` of an `AWS::S3::Bucket` whose `BlockPublicPolicy` is \
        `false` or not set.\n\n\
        With `block_public_policy` on, S3 refuses a bucket policy that grants access to everyone. \
        Without it, a single policy change (a mistaken `\"Principal\": \"*\"`, say) makes the \
        bucket public.",
    remediation: "Set `block_public_policy = true` (in CloudFormation, `BlockPublicPolicy: true` \
        in the bucket's `PublicAccessBlockConfiguration`), and give access through policies that \
        name principals or carry restricting conditions.",
    compliance: &[
        "cis-aws:2.1.4",
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_54"],
    trivy: &["AVD-AWS-0087", "AWS-0087", "aws-s3-block-public-policy"],
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
        "block_public_policy",
        "a bucket policy granting public access can be attached",
    );
}
