use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-006",
    name: "s3-public-access-block-honors-public-acls",
    title: "S3 public access block does not ignore public ACLs",
    severity: Severity::Medium,
    description: "Flags `aws_s3_bucket_public_access_block` and \
        `aws_s3_account_public_access_block` resources where `ignore_public_acls` is `false` or \
        not set (it defaults to `false`). In CloudFormation, flags the \
        `PublicAccessBlockConfiguration` of an `AWS::S3::Bucket` whose `IgnorePublicAcls` is \
        `false` or not set.\n\n\
        With `ignore_public_acls` on, S3 disregards every public ACL on the bucket and its \
        objects, including ones set before the block existed. Without it, objects uploaded with a \
        public ACL stay readable by anyone.",
    remediation: "Set `ignore_public_acls = true` (in CloudFormation, `IgnorePublicAcls: true` in \
        the bucket's `PublicAccessBlockConfiguration`), together with `block_public_acls = true`.",
    compliance: &[
        "cis-aws:2.1.4",
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_55"],
    trivy: &["AVD-AWS-0091", "AWS-0091", "aws-s3-ignore-public-acls"],
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
        "ignore_public_acls",
        "public ACLs already on the bucket or its objects still grant access",
    );
}
