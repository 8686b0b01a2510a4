use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag};

pub static CHECK: Check = Check {
    id: "AWS-DYNAMODB-001",
    name: "dynamodb-table-point-in-time-recovery-disabled",
    title: "DynamoDB table does not have point-in-time recovery",
    severity: Severity::Medium,
    description: "Flags `aws_dynamodb_table` resources without a `point_in_time_recovery` block \
        or with `point_in_time_recovery { enabled = false }` (the service default is \
        off).\n\nPoint-in-time recovery keeps continuous backups for up to 35 days, so a table \
        can be restored to any second before an accidental bulk delete, a faulty deployment or \
        a malicious overwrite. Without it, only on-demand backups that someone remembered to \
        take can bring data back.",
    remediation: "Add `point_in_time_recovery { enabled = true }` to the table (optionally with \
        `recovery_period_in_days`).",
    compliance: &["nist-800-53:CP-9"],
    checkov: &["CKV_AWS_28"],
    trivy: &["AVD-AWS-0024", "AWS-0024", "aws-dynamodb-enable-recovery"],
    references: &[
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#point_in_time_recovery",
    ],
    resource_kinds: &["aws_dynamodb_table"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let blocks: Vec<&Node> = cx.body().blocks("point_in_time_recovery").collect();
    if blocks.is_empty() {
        cx.report_missing("table does not enable point-in-time recovery");
        return;
    }
    for block in blocks {
        if let Flag::Off(e) = aws_data::flag_in(cx, block, "enabled") {
            cx.report(
                e.span(),
                format!(
                    "point-in-time recovery is disabled (`{}`)",
                    cx.attr_name(
                        "point_in_time_recovery { enabled = false }",
                        "PointInTimeRecoveryEnabled: false"
                    )
                ),
            );
        }
    }
}
