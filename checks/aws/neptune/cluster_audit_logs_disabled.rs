use crate::check::prelude::*;
use crate::facts::aws_more_b::{StrList, quoted, str_list};

pub static CHECK: Check = Check {
    id: "AWS-NEPTUNE-002",
    name: "neptune-cluster-audit-logs-not-exported",
    title: "Neptune cluster does not export audit logs",
    severity: Severity::Medium,
    description: "Flags `aws_neptune_cluster` resources whose `enable_cloudwatch_logs_exports` \
        is unset or does not include `audit`.\n\n\
        Neptune keeps no audit trail by default. Without the audit log exported to CloudWatch \
        Logs there is no record of who connected and which queries they ran, so misuse of \
        the database cannot be detected or investigated.",
    remediation: "Add `\"audit\"` to `enable_cloudwatch_logs_exports`, and set the \
        `neptune_enable_audit_log` parameter to `1` in the cluster's \
        `aws_neptune_cluster_parameter_group` so that events are recorded.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_101"],
    trivy: &["AVD-AWS-0075", "AWS-0075", "aws-neptune-enable-log-export"],
    references: &[
        "https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports",
    ],
    resource_kinds: &["aws_neptune_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match str_list(cx, cx.body(), "enable_cloudwatch_logs_exports") {
        StrList::Missing => cx.report_missing(format!(
            "cluster does not set `{}`, so its audit log is not exported",
            cx.attr_name(
                "enable_cloudwatch_logs_exports",
                "EnableCloudwatchLogsExports"
            )
        )),
        StrList::Known(logs, e) if !logs.contains(&"audit") => {
            let msg = if logs.is_empty() {
                "cluster exports no logs, so its audit log is not exported".to_string()
            } else {
                format!(
                    "cluster exports only {} and not the audit log",
                    quoted(&logs)
                )
            };
            cx.report(e.span(), msg);
        }
        _ => {}
    }
}
