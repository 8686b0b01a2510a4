use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-012",
    name: "s3-bucket-tls-not-enforced",
    title: "S3 bucket policy does not require TLS",
    severity: Severity::Medium,
    description: "Flags S3 buckets whose bucket policy has no statement denying requests made \
        without TLS (`Effect: Deny` for every principal with the condition \
        `\"Bool\": {\"aws:SecureTransport\": \"false\"}`), and buckets with no bucket policy at \
        all. A policy whose content cannot be known is not flagged, nor is a bucket a policy \
        with an unresolved `bucket` might belong to. Buckets hosting a static website are \
        skipped: website endpoints only speak HTTP. In CloudFormation it reads the \
        `PolicyDocument` of the `AWS::S3::BucketPolicy` whose `Bucket` is the bucket.\n\n\
        S3 accepts plain HTTP requests unless a bucket policy refuses them. Over HTTP, object \
        contents, keys and request headers cross the network unencrypted, where they can be \
        read or altered in transit.",
    remediation: "Add a statement to the bucket policy (an `aws_s3_bucket_policy`, for example \
        built with `aws_iam_policy_document`) with `effect = \"Deny\"`, principals `*`, \
        actions `s3:*`, resources the bucket ARN and `<arn>/*`, and a `condition` with \
        `test = \"Bool\"`, `variable = \"aws:SecureTransport\"`, `values = [\"false\"]`. In \
        CloudFormation, add an `AWS::S3::BucketPolicy` for the bucket with that statement \
        (`Effect: Deny`, `Principal: \"*\"`, `Action: s3:*`, \
        `Condition: {Bool: {aws:SecureTransport: false}}`).",
    compliance: &[
        "cis-aws:2.1.1",
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
    ],
    resource_kinds: &["aws_s3_bucket", "aws_s3_bucket_policy"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const MESSAGE: &str =
    "bucket policy has no Deny for requests made without TLS (aws:SecureTransport = false)";

fn run(cx: &Ctx) {
    if cx.resource.kind == aws_s3::BUCKET {
        if aws_s3::is_website(cx) {
            return;
        }
        match cx.setting("policy") {
            Setting::Set(entry) | Setting::Unknown(entry) => check_policy(cx, entry),
            Setting::Missing => {
                if aws_s3::companion(cx, aws_s3::BUCKET_POLICY) == Companion::Absent {
                    cx.report_missing("bucket has no policy denying requests made without TLS");
                }
            }
        }
        return;
    }
    // aws_s3_bucket_policy
    let website = aws_s3::configured_buckets(cx)
        .into_iter()
        .any(|id| aws_s3::is_website(&Ctx::new(cx.graph, id)));
    if website {
        return;
    }
    if let Some(entry) = cx.body().entry("policy") {
        check_policy(cx, entry);
    }
}

fn check_policy(cx: &Ctx, entry: &Entry) {
    let Some(policy) = policy::PolicyAttr::read(cx.graph, cx.id, entry, Some("policy")) else {
        return;
    };
    // Of a partly known policy, only a known absence counts: no statement denies plain
    // HTTP, and none whose effect, principals or condition are unknown might.
    if policy.doc.denies_insecure_transport() != Some(false) {
        return;
    }
    match policy.source() {
        Some(doc) => cx.report_related(
            entry.span(),
            MESSAGE,
            vec![(doc.span, "the policy document".to_string())],
        ),
        None => cx.report(entry.span(), MESSAGE),
    }
}
