use crate::check::prelude::*;
use crate::facts::aws_more_b::{StrList, quoted, str_list};

pub static CHECK: Check = Check {
    id: "AWS-DOCDB-002",
    name: "docdb-cluster-audit-logs-not-exported",
    title: "DocumentDB cluster does not export audit logs",
    severity: Severity::Medium,
    description: "Flags `aws_docdb_cluster` resources whose `enabled_cloudwatch_logs_exports` \
        is unset or does not include `audit`.\n\n\
        DocumentDB keeps no audit trail by default. Without the audit log exported to \
        CloudWatch Logs there is no record of authentication attempts, user and role changes \
        or schema changes, so misuse of database credentials cannot be detected or \
        investigated.",
    remediation: "Add `\"audit\"` (and `\"profiler\"` if you want slow operations too) to \
        `enabled_cloudwatch_logs_exports`, and set the `audit_logs` parameter to `enabled` in \
        the cluster's `aws_docdb_cluster_parameter_group` so that events are recorded.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_85"],
    trivy: &[
        "AVD-AWS-0020",
        "AWS-0020",
        "aws-documentdb-enable-log-export",
    ],
    references: &[
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports",
    ],
    resource_kinds: &["aws_docdb_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match str_list(cx, cx.body(), "enabled_cloudwatch_logs_exports") {
        StrList::Missing => cx.report_missing(format!(
            "cluster does not set `{}`, so its audit log is not exported",
            cx.attr_name(
                "enabled_cloudwatch_logs_exports",
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
