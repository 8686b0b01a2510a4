use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CF-004",
    name: "cloudfront-access-logging-disabled",
    title: "CloudFront distribution access logging is disabled",
    severity: Severity::Low,
    description: "Flags `aws_cloudfront_distribution` resources with neither a `logging_config` \
        block (standard logging to S3) nor an `aws_cloudwatch_log_delivery_source` for the \
        distribution (standard logging v2).\n\nAccess logs are the only record of who \
        requested what from the distribution, from where and with what result. Without them, \
        abuse, scraping, credential stuffing or data exfiltration through the CDN cannot be \
        investigated afterwards.",
    remediation: "Add `logging_config { bucket = \"<log bucket>.s3.amazonaws.com\" }`, or deliver \
        logs with an `aws_cloudwatch_log_delivery_source` (`log_type = \"ACCESS_LOGS\"`, \
        `resource_arn` = the distribution's ARN) and a matching delivery.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_AWS_86"],
    trivy: &["AVD-AWS-0010", "AWS-0010", "aws-cloudfront-enable-logging"],
    references: &[
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging_config",
    ],
    resource_kinds: &["aws_cloudfront_distribution"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const DELIVERY_SOURCE: &str = "aws_cloudwatch_log_delivery_source";

fn run(cx: &Ctx) {
    if cx.body().entry("logging_config").is_some() {
        if facts::aws_edge::refers_to_resource(cx.graph, cx.id, "logging_config") {
            return;
        }
        for logging in cx.body().blocks("logging_config") {
            if let Some(b) = logging.entry("bucket")
                && b.node.as_str().is_some_and(|s| s.trim().is_empty())
            {
                cx.report(
                    b.span(),
                    format!(
                        "`{}` has an empty bucket, so no access logs are written",
                        cx.attr_name("logging_config", "Logging")
                    ),
                );
            }
        }
        return;
    }
    if !cx
        .configured_by(DELIVERY_SOURCE, "resource_arn", "arn")
        .is_empty()
        || cx.maybe_configured_by(DELIVERY_SOURCE, "resource_arn")
    {
        return;
    }
    cx.report_missing(format!(
        "distribution has no `{}`, so viewer requests are not logged",
        cx.attr_name("logging_config", "Logging")
    ));
}
