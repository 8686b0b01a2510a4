use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, legacy_addon};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-007",
    name: "aks-container-insights-disabled",
    title: "AKS cluster does not send container logs to Azure Monitor",
    severity: Severity::Low,
    description: "Flags `azurerm_kubernetes_cluster` resources without an `oms_agent` block \
        (on azurerm 2.x: `addon_profile { oms_agent { enabled = true } }`), that is without the \
        Azure Monitor agent of Container Insights.\n\n\
        Without it, container logs, Kubernetes events and node and pod metrics are not \
        collected centrally: a compromised or crashing workload leaves no trail outside the \
        nodes, which may be gone by the time anyone looks.",
    remediation: "Add `oms_agent { log_analytics_workspace_id = ... }` (with \
        `msi_auth_for_monitoring_enabled = true`) pointing at a Log Analytics workspace, and \
        send the control-plane logs with an `azurerm_monitor_diagnostic_setting`.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "nist-800-53:SI-4",
        "soc2:CC7.2",
        "pci-dss:10.2.1",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AZURE_4"],
    trivy: &["AVD-AZU-0040", "AZU-0040", "azure-container-logging"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#oms_agent",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if !matches!(block(cx, cx.body(), "oms_agent"), Block::Missing) {
        return;
    }
    match legacy_addon(cx, "oms_agent") {
        None | Some(Read::Missing) => cx.report_missing(
            "cluster has no `oms_agent` block, so container logs and metrics are not sent to \
             Azure Monitor",
        ),
        Some(Read::Value(false, span)) => cx.report(
            span,
            "the OMS agent add-on is disabled, so container logs and metrics are not sent to \
             Azure Monitor",
        ),
        _ => {}
    }
}
