use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, Num, bool_of, number_of};

pub static CHECK: Check = Check {
    id: "AZURE-NETWORK-006",
    name: "network-watcher-flow-log-retention-short",
    title: "Network Watcher flow log retention is shorter than 90 days",
    severity: Severity::Low,
    description: "Flags `azurerm_network_watcher_flow_log` resources whose `retention_policy` is \
        disabled (`enabled = false`) or keeps logs for 1 to 89 `days` (`0` keeps them without \
        limit). Flow logs that are themselves disabled are reported by AZURE-NETWORK-005.\n\n\
        Intrusions are often found weeks or months after they begin; flow records deleted \
        sooner leave no way to tell which addresses an attacker reached or where data went.",
    remediation: "Set `retention_policy { enabled = true, days = 90 }` (or more, or `0` for \
        unlimited), or retain the logs in a Log Analytics workspace with traffic analytics.",
    compliance: &[
        "cis-azure:6.5",
        "pci-dss:10.5.1",
        "nist-800-53:AU-11",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_12"],
    trivy: &[
        "AVD-AZU-0049",
        "AZU-0049",
        "azure-network-retention-policy-set",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#retention_policy",
    ],
    resource_kinds: &["azurerm_network_watcher_flow_log"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Bool::Value(false, _) = bool_of(cx, cx.body(), &["enabled"]) {
        return;
    }
    for policy in cx.body().blocks("retention_policy") {
        match bool_of(cx, policy, &["enabled"]) {
            Bool::Value(false, span) => {
                cx.report(span, "flow log retention policy is disabled");
                continue;
            }
            Bool::Value(true, _) => {}
            _ => continue,
        }
        if let Num::Value(days, span) = number_of(cx, policy, "days")
            && days > 0.0
            && days < 90.0
        {
            cx.report(
                span,
                format!(
                    "flow logs are kept for only {} days",
                    crate::value::format_number(days)
                ),
            );
        }
    }
}
