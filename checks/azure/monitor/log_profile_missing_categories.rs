use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, strings_at};

const REQUIRED: &[&str] = &["Action", "Delete", "Write"];

pub static CHECK: Check = Check {
    id: "AZURE-MONITOR-002",
    name: "monitor-log-profile-missing-categories",
    title: "Activity log profile does not capture every category",
    severity: Severity::Medium,
    description: "Flags `azurerm_monitor_log_profile` resources whose `categories` leave out \
        one of `Action`, `Delete` or `Write`. (Log profiles are deprecated: azurerm 4.x removed \
        the resource and Azure retires them in September 2026.)\n\n\
        Each category is a class of control-plane operation: writes create and change \
        resources and role assignments, deletes remove them, actions cover everything else \
        (listing keys, restarting, running commands). A profile without one of them exports an \
        audit trail with a hole exactly where an attacker's activity may be.",
    remediation: "Set `categories = [\"Action\", \"Delete\", \"Write\"]`, or move to an \
        `azurerm_monitor_diagnostic_setting` on the subscription with all log categories.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AZURE_38"],
    trivy: &[
        "AVD-AZU-0033",
        "AZU-0033",
        "azure-monitor-capture-all-activities",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema",
        "https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/monitor_log_profile#categories",
    ],
    resource_kinds: &["azurerm_monitor_log_profile"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let (categories, span) = match strings_at(cx, cx.body(), &["categories"], false) {
        Read::Value(v, span) => (v, span),
        Read::Missing => (Vec::new(), cx.resource.span),
        Read::Unknown => return,
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !categories.iter().any(|(c, _)| c.eq_ignore_ascii_case(r)))
        .collect();
    if !missing.is_empty() {
        cx.report(
            span,
            format!(
                "log profile does not export the {} categor{} of the activity log",
                missing.join(", "),
                if missing.len() == 1 { "y" } else { "ies" }
            ),
        );
    }
}
