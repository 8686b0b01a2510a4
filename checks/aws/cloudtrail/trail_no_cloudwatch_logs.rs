use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CT-004",
    name: "cloudtrail-no-cloudwatch-logs",
    title: "CloudTrail trail does not send events to CloudWatch Logs",
    severity: Severity::Low,
    description: "Flags `aws_cloudtrail` trails without `cloud_watch_logs_group_arn` (or with an \
        empty one); in CloudFormation, `AWS::CloudTrail::Trail` resources without \
        `CloudWatchLogsLogGroupArn`.\n\n\
        Log files in S3 are good for later investigation, but alerting on events as they happen \
        (root logins, policy changes, disabled trails) needs them in CloudWatch Logs, where metric \
        filters and alarms can watch them.",
    remediation: "Create an `aws_cloudwatch_log_group` and a role CloudTrail can assume to \
        write to it, then set `cloud_watch_logs_group_arn` (the log group ARN followed by \
        `:*`) and `cloud_watch_logs_role_arn` on the trail. In CloudFormation, set \
        `CloudWatchLogsLogGroupArn` (`!GetAtt LogGroup.Arn`) and `CloudWatchLogsRoleArn`.",
    compliance: &[
        "nist-800-53:AU-6",
        "nist-800-53:SI-4",
        "soc2:CC7.2",
        "pci-dss:10.4.1.1",
    ],
    checkov: &["CKV2_AWS_10"],
    trivy: &[
        "AVD-AWS-0162",
        "AWS-0162",
        "aws-cloudtrail-ensure-cloudwatch-integration",
    ],
    references: &[
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn",
    ],
    resource_kinds: &["aws_cloudtrail"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let attr = if cx.resource.framework == Framework::CloudFormation {
        "CloudWatchLogsLogGroupArn"
    } else {
        "cloud_watch_logs_group_arn"
    };
    match cx.setting("cloud_watch_logs_group_arn") {
        Setting::Missing => cx.report_missing(format!(
            "trail does not set `{attr}`, so its events do not reach CloudWatch Logs"
        )),
        Setting::Set(e) if e.node.as_str().is_some_and(|s| s.trim().is_empty()) => cx.report(
            e.span(),
            format!("trail's `{attr}` is empty, so its events do not reach CloudWatch Logs"),
        ),
        _ => {}
    }
}
