use crate::check::prelude::*;
use crate::facts::aws_data::{self, KmsKey};

pub static CHECK: Check = Check {
    id: "AWS-RDS-007",
    name: "rds-performance-insights-without-cmk",
    title: "RDS Performance Insights is not encrypted with a customer managed key",
    severity: Severity::Low,
    description: "Flags `aws_db_instance`, `aws_rds_cluster_instance` and `aws_rds_cluster` \
        resources with `performance_insights_enabled = true` and no \
        `performance_insights_kms_key_id`.\n\nPerformance Insights stores query text and wait \
        statistics, which often contain literal values from queries. Without a key of your \
        own it is encrypted with the AWS managed `aws/rds` key, whose policy you cannot \
        restrict, so anyone allowed to use RDS in the account can read that data; the key also \
        cannot be changed once Performance Insights is on.",
    remediation: "Set `performance_insights_kms_key_id` to the ARN of a customer managed KMS key \
        whose key policy limits who can decrypt Performance Insights data.",
    compliance: &["nist-800-53:SC-12", "nist-800-53:SC-28"],
    checkov: &["CKV_AWS_354"],
    trivy: &[
        "AVD-AWS-0078",
        "AWS-0078",
        "aws-rds-performance-insights-encryption-customer-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#performance_insights_kms_key_id",
    ],
    resource_kinds: &[
        "aws_db_instance",
        "aws_rds_cluster_instance",
        "aws_rds_cluster",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Setting::Set(enabled) = cx.setting("performance_insights_enabled") else {
        return;
    };
    if enabled.node.as_bool() != Some(true) {
        return;
    }
    let key = "performance_insights_kms_key_id";
    if aws_data::kms_key(cx, cx.body(), key, key) == KmsKey::None {
        cx.report(
            enabled.span(),
            format!(
                "Performance Insights is enabled without `{}`, so it uses the AWS managed key",
                cx.attr_name(key, "PerformanceInsightsKMSKeyId")
            ),
        );
    }
}
