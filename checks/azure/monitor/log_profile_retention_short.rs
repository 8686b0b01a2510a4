use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, bool_at, number_at, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-MONITOR-001",
    name: "monitor-log-profile-retention-short",
    title: "Activity log profile keeps logs for less than a year",
    severity: Severity::Medium,
    description: "Flags `azurerm_monitor_log_profile` resources that archive the activity log to \
        a storage account with `retention_policy { enabled = true }` and `days` between 1 and \
        364. A disabled policy or `days = 0` keeps the logs indefinitely and is not reported. \
        (Log profiles are deprecated: azurerm 4.x removed the resource and Azure retires them \
        in September 2026 in favour of subscription diagnostic settings.)\n\n\
        The activity log records who created, changed or deleted every resource and role \
        assignment. Intrusions are often discovered months later; if the trail has already \
        been deleted by then, the investigation cannot establish what the attacker did.",
    remediation: "Set `retention_policy { enabled = true, days = 365 }` (or more), or \
        `days = 0` to keep the logs indefinitely; better, replace the log profile with an \
        `azurerm_monitor_diagnostic_setting` on the subscription.",
    compliance: &[
        "nist-800-53:AU-11",
        "pci-dss:10.5.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AZURE_37"],
    trivy: &[
        "AVD-AZU-0031",
        "AZU-0031",
        "azure-monitor-activity-log-retention-set",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log",
        "https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/monitor_log_profile",
    ],
    resource_kinds: &["azurerm_monitor_log_profile"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    // The retention policy applies to the storage account copy only.
    if str_at(cx, body, &["storage_account_id"]).is_missing() {
        return;
    }
    let Block::Present(_, policy) = block(cx, body, "retention_policy") else {
        return;
    };
    if !matches!(bool_at(cx, policy, &["enabled"]), Read::Value(true, _)) {
        return;
    }
    if let Read::Value(days, span) = number_at(cx, policy, &["days"])
        && days > 0.0
        && days < 365.0
    {
        cx.report(
            span,
            format!("activity logs are deleted after {days} days, less than the 365 recommended"),
        );
    }
}
