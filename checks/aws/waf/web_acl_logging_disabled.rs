use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-WAF-001",
    name: "waf-web-acl-logging-disabled",
    title: "WAF web ACL has no logging configuration",
    severity: Severity::Medium,
    description: "Flags `aws_wafv2_web_acl` resources that no \
        `aws_wafv2_web_acl_logging_configuration` refers to through `resource_arn`. The check \
        stays silent when some logging configuration's `resource_arn` cannot be resolved, \
        since it may name this web ACL. On CloudFormation, `AWS::WAFv2::WebACL` resources \
        that no `AWS::WAFv2::LoggingConfiguration` names in its `ResourceArn`.\n\n\
        Without logging, the web ACL keeps only sampled requests and metrics: there is no \
        record of which requests were blocked or allowed, by which rule, from which client, \
        so attacks against the application cannot be investigated and false positives \
        cannot be diagnosed.",
    remediation: "Add an `aws_wafv2_web_acl_logging_configuration` with `resource_arn` set to \
        the web ACL's `arn` and `log_destination_configs` naming a CloudWatch Logs group, S3 \
        bucket or Firehose stream whose name starts with `aws-waf-logs-`; use \
        `redacted_fields` for headers that carry credentials.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV2_AWS_31"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/waf/latest/developerguide/logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration",
    ],
    resource_kinds: &["aws_wafv2_web_acl"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const LOGGING: &str = "aws_wafv2_web_acl_logging_configuration";

fn run(cx: &Ctx) {
    if !cx.configured_by(LOGGING, "resource_arn", "arn").is_empty()
        || cx.maybe_configured_by(LOGGING, "resource_arn")
    {
        return;
    }
    cx.report_missing(format!(
        "web ACL has no `{}`, so the requests it inspects are not logged",
        cx.attr_name(
            "aws_wafv2_web_acl_logging_configuration",
            "AWS::WAFv2::LoggingConfiguration"
        )
    ));
}
