use crate::check::prelude::*;
use facts::aws_s3::{self, Companion};

pub static CHECK: Check = Check {
    id: "AWS-S3-011",
    name: "s3-bucket-logging-disabled",
    title: "S3 bucket access logging is not enabled",
    severity: Severity::Low,
    description: "Flags `aws_s3_bucket` resources with no inline `logging` block and no \
        `aws_s3_bucket_logging` that refers to them. Log buckets are not flagged: the \
        `target_bucket` of a logging configuration, buckets with the `log-delivery-write` ACL \
        or a policy admitting `logging.s3.amazonaws.com`, and buckets receiving CloudFront \
        standard logs. Neither are buckets a logging resource with an unresolved `bucket` \
        might configure. In CloudFormation, flags `AWS::S3::Bucket` resources without \
        `LoggingConfiguration`.\n\n\
        Server access logs record every request made to the bucket: who, from where, which \
        object, with what result. Without them there is little to go on when investigating a \
        data leak or unexpected deletions, and many audit regimes require them for buckets \
        holding sensitive data.",
    remediation: "Add an `aws_s3_bucket_logging` with `bucket` set to the bucket's `id`, \
        `target_bucket` naming a dedicated log bucket and a `target_prefix`. (CloudTrail data \
        events for S3 are an alternative with richer records.) In CloudFormation, set the \
        bucket's `LoggingConfiguration` with `DestinationBucketName` and `LogFilePrefix`.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AWS_18"],
    trivy: &["AVD-AWS-0089", "AWS-0089", "aws-s3-enable-bucket-logging"],
    references: &[
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging",
    ],
    resource_kinds: &["aws_s3_bucket"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if cx.body().entry("logging").is_some()
        || aws_s3::companion(cx, aws_s3::BUCKET_LOGGING) != Companion::Absent
        || aws_s3::is_log_bucket(cx)
    {
        return;
    }
    cx.report_missing("bucket has no access logging configuration")
}
