use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-001",
    name: "s3-bucket-public-acl",
    title: "S3 bucket ACL grants public access",
    severity: Severity::High,
    description: "Flags S3 buckets whose canned ACL (`public-read`, `public-read-write`, \
        `authenticated-read`) or explicit grants give access to all users or to any \
        authenticated AWS user.\n\nA public ACL exposes every object in the bucket to the \
        internet (or to every AWS account): data leaks through public ACLs are among the most \
        common cloud breaches.",
    remediation: "Use the `private` ACL (or no ACL with object ownership `BucketOwnerEnforced`) \
        and grant access through IAM or bucket policies to named principals.",
    compliance: &[
        "cis-aws:2.1.5",
        "pci-dss:1.4.1",
        "nist-800-53:AC-3",
        "soc2:CC6.1",
        "hipaa:164.312(a)(1)",
    ],
    checkov: &["CKV_AWS_20", "CKV_AWS_57"],
    trivy: &[
        "AVD-AWS-0092",
        "AWS-0092",
        "aws-s3-no-public-access-with-acl",
    ],
    references: &["https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html"],
    resource_kinds: &["aws_s3_bucket", "aws_s3_bucket_acl"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const PUBLIC_ACLS: &[&str] = &["public-read", "public-read-write", "authenticated-read"];
const PUBLIC_GROUPS: &[&str] = &[
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
];

fn run(cx: &Ctx) {
    if let Setting::Set(e) = cx.setting("acl")
        && let Some(acl) = e.node.as_str().filter(|a| PUBLIC_ACLS.contains(a))
    {
        cx.report(
            e.span(),
            format!("bucket ACL \"{acl}\" grants access to everyone"),
        );
    }
    // aws_s3_bucket_acl: explicit grants to the AllUsers / AuthenticatedUsers groups.
    for policy in cx.body().blocks("access_control_policy") {
        for grant in policy.blocks("grant") {
            for grantee in grant.blocks("grantee") {
                if let Some(uri) = grantee.get("uri")
                    && let Some(u) = uri.as_str().filter(|u| PUBLIC_GROUPS.contains(u))
                {
                    let group = u.rsplit('/').next().unwrap_or(u);
                    cx.report(
                        uri.span,
                        format!("bucket ACL grants access to the {group} group"),
                    );
                }
            }
        }
    }
}
