use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-NETWORK-005",
    name: "network-watcher-flow-log-disabled",
    title: "Network Watcher flow log is disabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_network_watcher_flow_log` resources with `enabled = false`.\n\n\
        A disabled flow log records nothing: connections to and from the network security \
        group or virtual network are not logged, so scanning, lateral movement and data \
        exfiltration cannot be detected or investigated afterwards.",
    remediation: "Set `enabled = true` (and keep a `retention_policy` of at least 90 days), or \
        remove the resource if the flow log is truly not wanted.",
    compliance: &[
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
    ],
    checkov: &[],
    trivy: &[
        "AVD-AZU-0073",
        "AZU-0073",
        "azure-network-watcher-flow-disabled",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log",
    ],
    resource_kinds: &["azurerm_network_watcher_flow_log"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Bool::Value(false, span) = bool_of(cx, cx.body(), &["enabled"]) {
        cx.report(
            span,
            "flow log is disabled, so network traffic is not recorded",
        );
    }
}
