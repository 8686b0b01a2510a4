use crate::check::prelude::*;
use crate::facts::azure_compute::{diagnostic_setting_targets_data_source, has_referrer};

const DIAGNOSTIC_SETTING: &str = "azurerm_monitor_diagnostic_setting";

pub static CHECK: Check = Check {
    id: "AZURE-MONITOR-004",
    name: "monitor-key-vault-no-diagnostic-setting",
    title: "Key Vault has no diagnostic setting for its audit logs",
    severity: Severity::Medium,
    description: "Flags `azurerm_key_vault` resources that no \
        `azurerm_monitor_diagnostic_setting` in the same configuration targets (through \
        `target_resource_id`), or whose diagnostic settings export no log category at all. \
        Vaults whose logs are configured elsewhere (by Azure Policy, say) can suppress the \
        finding.\n\n\
        Key Vault data-plane operations (reading secrets, using keys for decryption, changing \
        access policies) are only recorded in the `AuditEvent` resource log, and resource logs \
        are not kept unless a diagnostic setting sends them to a workspace, storage account or \
        event hub. Without it there is no record of who read which secret.",
    remediation: "Add an `azurerm_monitor_diagnostic_setting` with `target_resource_id = \
        azurerm_key_vault.<name>.id`, a destination (`log_analytics_workspace_id`, \
        `storage_account_id` or `eventhub_authorization_rule_id`) and `enabled_log { \
        category_group = \"audit\" }` (or `category = \"AuditEvent\"`).",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/general/logging",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting",
    ],
    resource_kinds: &["azurerm_key_vault"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let settings = cx.configured_by(DIAGNOSTIC_SETTING, "target_resource_id", "id");
    if settings.is_empty() {
        if has_referrer(cx, DIAGNOSTIC_SETTING, "target_resource_id", "id")
            || diagnostic_setting_targets_data_source(cx, "azurerm_key_vault")
        {
            return;
        }
        cx.report_missing(
            "key vault has no diagnostic setting, so its audit log (who read which secret or \
             used which key) is not kept",
        );
        return;
    }
    // azurerm 3.x+ `enabled_log`, older `log`; an unknown value counts as a log.
    let exports_logs = settings.iter().any(|s| {
        s.body
            .entries()
            .iter()
            .any(|e| e.key == "enabled_log" || e.key == "log")
    });
    if !exports_logs {
        cx.report_missing(
            "key vault's diagnostic settings export metrics only, so its audit log is not kept",
        );
    }
}
