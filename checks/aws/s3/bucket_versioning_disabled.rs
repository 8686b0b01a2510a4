use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-010",
    name: "s3-bucket-versioning-disabled",
    title: "S3 bucket versioning is not enabled",
    severity: Severity::Medium,
    description: "Flags S3 buckets without versioning: an inline `versioning` block with \
        `enabled` false or unset, an `aws_s3_bucket_versioning` whose \
        `versioning_configuration.status` is not `\"Enabled\"`, or a bucket with neither. \
        Buckets with Object Lock are skipped (Object Lock keeps versioning on), as are buckets \
        an `aws_s3_bucket_versioning` with an unresolved `bucket` might configure. In \
        CloudFormation, flags `AWS::S3::Bucket` resources whose `VersioningConfiguration` is \
        missing or has `Status: Suspended`.\n\n\
        Without versioning, an overwrite or a delete destroys the previous data for good, \
        whether it comes from a faulty deployment, a compromised credential or ransomware. \
        Versioning keeps every prior version recoverable, and replication needs it.",
    remediation: "Add an `aws_s3_bucket_versioning` with `bucket` set to the bucket's `id` and \
        `versioning_configuration { status = \"Enabled\" }`, and a lifecycle rule expiring \
        noncurrent versions to keep storage costs in check. In CloudFormation, set \
        `VersioningConfiguration: {Status: Enabled}` on the bucket.",
    compliance: &["nist-800-53:CP-9", "nist-800-53:CP-10"],
    checkov: &["CKV_AWS_21"],
    trivy: &["AVD-AWS-0090", "AWS-0090", "aws-s3-enable-versioning"],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning",
    ],
    resource_kinds: &["aws_s3_bucket", "aws_s3_bucket_versioning"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if cx.resource.kind == aws_s3::BUCKET_VERSIONING {
        for cfg in cx.body().blocks("versioning_configuration") {
            if let Setting::Set(status) = setting(cfg, "status")
                && let Some(s) = status.node.as_str().filter(|s| *s != "Enabled")
            {
                cx.report(
                    status.span(),
                    format!("bucket versioning status is \"{s}\""),
                );
            }
        }
        return;
    }
    // aws_s3_bucket: a split resource, when there is one, decides.
    if aws_s3::companion(cx, aws_s3::BUCKET_VERSIONING) != Companion::Absent || object_lock(cx) {
        return;
    }
    let Some(block) = cx.body().entry("versioning") else {
        cx.report_missing("bucket has no versioning configuration, so versioning is off");
        return;
    };
    for v in cx.body().blocks("versioning") {
        if let Some((false, span)) = bool_or(v, "enabled", false, block.key_span) {
            cx.report(span, "bucket versioning is not enabled");
        }
    }
}

/// True when S3 Object Lock is (or may be) on for the bucket: Object Lock turns versioning on
/// for good, and an Object Lock configuration cannot be applied without it.
fn object_lock(cx: &Ctx) -> bool {
    let enabled = match cx.setting("object_lock_enabled") {
        Setting::Missing => false,
        Setting::Unknown(_) => true,
        Setting::Set(e) => e.node.as_bool() != Some(false),
    };
    let legacy = cx.body().blocks("object_lock_configuration").any(|c| {
        c.get("object_lock_enabled")
            .is_some_and(|v| v.as_str() != Some("Disabled"))
    });
    enabled
        || legacy
        || aws_s3::companion(cx, "aws_s3_bucket_object_lock_configuration") != Companion::Absent
}
