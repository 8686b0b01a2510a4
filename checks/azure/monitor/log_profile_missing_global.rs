use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, strings_at};

pub static CHECK: Check = Check {
    id: "AZURE-MONITOR-003",
    name: "monitor-log-profile-missing-global",
    title: "Activity log profile does not capture global events",
    severity: Severity::Medium,
    description: "Flags `azurerm_monitor_log_profile` resources whose `locations` do not \
        include `global`. (Log profiles are deprecated: azurerm 4.x removed the resource and \
        Azure retires them in September 2026.)\n\n\
        Operations that belong to no region, such as role assignments, policy assignments, \
        subscription and management group changes, are logged under the `global` location. A \
        profile limited to regions exports resource changes but silently drops the \
        identity and governance events that matter most in an investigation.",
    remediation: "Add `\"global\"` to `locations` next to every region in use, or move to an \
        `azurerm_monitor_diagnostic_setting` on the subscription, which captures all locations.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log",
        "https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/monitor_log_profile#locations",
    ],
    resource_kinds: &["azurerm_monitor_log_profile"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let (locations, span) = match strings_at(cx, cx.body(), &["locations"], false) {
        Read::Value(v, span) => (v, span),
        Read::Missing => (Vec::new(), cx.resource.span),
        Read::Unknown => return,
    };
    if !locations
        .iter()
        .any(|(l, _)| l.trim().eq_ignore_ascii_case("global"))
    {
        cx.report(
            span,
            "log profile does not include the \"global\" location, so role, policy and \
             subscription-level events are not exported",
        );
    }
}
