use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-004",
    name: "s3-public-access-block-allows-public-acls",
    title: "S3 public access block does not block public ACLs",
    severity: Severity::Medium,
    description: "Flags `aws_s3_bucket_public_access_block` and \
        `aws_s3_account_public_access_block` resources where `block_public_acls` is `false` or not \
        set (it defaults to `false`). In CloudFormation, flags the \
        `PublicAccessBlockConfiguration` of an `AWS::S3::Bucket` whose `BlockPublicAcls` is \
        `false` or not set.\n\n\
        With `block_public_acls` on, S3 rejects any request that would add a public ACL to the \
        bucket or to an object in it. Without it, one `PutObject` with `public-read` or an ACL \
        change is enough to publish data.",
    remediation: "Set `block_public_acls = true` (in CloudFormation, `BlockPublicAcls: true` in \
        the bucket's `PublicAccessBlockConfiguration`). Grant access through policies naming \
        principals instead of ACLs, and consider object ownership `BucketOwnerEnforced` to disable \
        ACLs altogether.",
    compliance: &[
        "cis-aws:2.1.4",
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_53"],
    trivy: &["AVD-AWS-0086", "AWS-0086", "aws-s3-block-public-acls"],
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
        "block_public_acls",
        "requests that set a public ACL are accepted",
    );
}
