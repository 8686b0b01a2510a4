use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-S3-002",
    name: "s3-bucket-policy-public",
    title: "S3 bucket policy allows public access",
    severity: Severity::High,
    description: "Flags bucket policies (`aws_s3_bucket_policy.policy`, or the legacy inline \
        `aws_s3_bucket.policy`) with an `Allow` statement whose principal is everyone (`\"*\"` \
        or `{\"AWS\": \"*\"}`) and that has no `Condition` narrowing who can use it. The policy \
        may be a JSON string, `jsonencode(...)`, or an `aws_iam_policy_document` data source; \
        in CloudFormation, the `PolicyDocument` of an `AWS::S3::BucketPolicy`.\n\n\
        Such a statement lets anyone on the internet, signed in or not, perform the allowed \
        actions on the bucket: read every object, or with write actions replace or delete them. \
        Unless the bucket is meant to be public, this is a data leak waiting to be found.",
    remediation: "Name the principals that need access (account ARNs, roles, or a service \
        principal), or keep `\"*\"` only together with a `Condition` that restricts it, such as \
        `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`. Serve public content through \
        CloudFront with origin access control instead of a public bucket, and keep \
        `block_public_policy` and `restrict_public_buckets` on.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_AWS_70"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy",
    ],
    resource_kinds: &["aws_s3_bucket", "aws_s3_bucket_policy"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    // Of a partly known policy (an ARN known only after apply), the known part is read.
    let Some(policy) = policy::PolicyAttr::of(cx.graph, cx.id, "policy") else {
        return;
    };
    for (i, st) in policy.doc.statements.iter().enumerate() {
        if !st.is_public_allow() {
            continue;
        }
        let message = format!(
            "bucket policy {} to everyone (principal \"*\") without a condition",
            describe(st)
        );
        let related = policy
            .statement_span(i)
            .map(|at| (at, "the public statement".to_string()));
        cx.report_related(policy.span(), message, related.into_iter().collect());
    }
}

fn describe(st: &policy::Statement) -> String {
    let what = match st.actions.as_slice() {
        [] if !st.not_actions.is_empty() => "allows every action but a few".to_string(),
        [] => "allows access".to_string(),
        [one] => format!("allows \"{one}\""),
        [first, rest @ ..] => format!("allows \"{first}\" and {} more action(s)", rest.len()),
    };
    match &st.sid {
        Some(sid) if !sid.is_empty() => format!("statement \"{sid}\" {what}"),
        _ => what,
    }
}
