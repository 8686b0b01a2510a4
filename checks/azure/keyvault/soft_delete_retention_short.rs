use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, Num, bool_of, number_of};

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-002",
    name: "key-vault-soft-delete-retention-short",
    title: "Key Vault keeps deleted objects for less than 90 days",
    severity: Severity::Low,
    description: "Flags `azurerm_key_vault` resources whose `soft_delete_retention_days` is below \
        90 (the provider and Azure default, and the maximum), and vaults that turn soft delete \
        off with `soft_delete_enabled = false` (azurerm 2.x; soft delete cannot be disabled on \
        newer vaults).\n\n\
        The retention period is the window in which a deleted vault, key or secret can still be \
        recovered. A deletion found late, during an incident review or after a holiday, is \
        unrecoverable once the window has passed; with only 7 days that window is short.",
    remediation: "Remove `soft_delete_retention_days` or set it to `90`. The value can only be \
        chosen when the vault is created.",
    compliance: &["cis-azure:8.5", "nist-800-53:CP-9", "soc2:CC6.1"],
    checkov: &["CKV_AZURE_111"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#soft_delete_retention_days",
    ],
    resource_kinds: &["azurerm_key_vault"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Bool::Value(false, span) = bool_of(cx, cx.body(), &["soft_delete_enabled"]) {
        cx.report(
            span,
            "key vault turns soft delete off, so deleted keys and secrets cannot be recovered",
        );
        return;
    }
    if let Num::Value(days, span) = number_of(cx, cx.body(), "soft_delete_retention_days")
        && days < 90.0
    {
        cx.report(
            span,
            format!(
                "key vault keeps deleted keys and secrets recoverable for only {} days (90 is the default)",
                crate::value::format_number(days)
            ),
        );
    }
}
