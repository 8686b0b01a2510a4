use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CT-002",
    name: "cloudtrail-log-validation-disabled",
    title: "CloudTrail log file validation is disabled",
    severity: Severity::Medium,
    description: "Flags `aws_cloudtrail` trails whose `enable_log_file_validation` is unset (the \
        default is off) or `false`; in CloudFormation, `AWS::CloudTrail::Trail` resources whose \
        `EnableLogFileValidation` is unset or `false`.\n\n\
        With validation on, CloudTrail writes signed digest files that prove whether a log file \
        was changed or deleted after delivery. Without them, an intruder who reaches the log \
        bucket can edit or remove the records of what they did and nobody can tell.",
    remediation: "Set `enable_log_file_validation = true` on the trail (in CloudFormation, \
        `EnableLogFileValidation: true`).",
    compliance: &[
        "cis-aws:3.2",
        "nist-800-53:AU-9",
        "soc2:CC7.2",
        "pci-dss:10.3.4",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_AWS_36"],
    trivy: &[
        "AVD-AWS-0016",
        "AWS-0016",
        "aws-cloudtrail-enable-log-validation",
    ],
    references: &[
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation",
    ],
    resource_kinds: &["aws_cloudtrail"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (attr, set_false) = if cx.resource.framework == Framework::CloudFormation {
        ("EnableLogFileValidation", "EnableLogFileValidation: false")
    } else {
        (
            "enable_log_file_validation",
            "enable_log_file_validation = false",
        )
    };
    match cx.bool_or("enable_log_file_validation", false) {
        Some((false, span))
            if matches!(cx.setting("enable_log_file_validation"), Setting::Missing) =>
        {
            cx.report(
                span,
                format!(
                    "trail does not set `{attr}`, so tampering with its log files goes unnoticed"
                ),
            )
        }
        Some((false, span)) => cx.report(
            span,
            format!("log file validation is disabled (`{set_false}`)"),
        ),
        _ => {}
    }
}
