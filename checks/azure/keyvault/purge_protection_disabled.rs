use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-001",
    name: "key-vault-purge-protection-disabled",
    title: "Key Vault purge protection is disabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_key_vault` resources with `purge_protection_enabled` unset or \
        `false` (the provider default is `false`).\n\n\
        Soft delete keeps deleted vaults, keys and secrets recoverable for the retention period, \
        but without purge protection anyone with purge permission (or an attacker holding such \
        credentials) can permanently destroy them at once. Losing a key that encrypts storage, \
        disks or databases makes that data unrecoverable.",
    remediation: "Set `purge_protection_enabled = true`. It cannot be turned off again, and the \
        vault name stays reserved for the retention period after deletion.",
    compliance: &[
        "cis-azure:8.5",
        "nist-800-53:CP-9",
        "nist-800-53:SC-12",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AZURE_110", "CKV_AZURE_42"],
    trivy: &["AVD-AZU-0016", "AZU-0016", "azure-keyvault-no-purge"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled",
    ],
    resource_kinds: &["azurerm_key_vault"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_of(cx, cx.body(), &["purge_protection_enabled"]) {
        Bool::Value(false, span) => cx.report(
            span,
            "key vault can be purged at once: purge protection is off (`purge_protection_enabled = false`)",
        ),
        Bool::Missing => cx.report_missing(
            "key vault does not set `purge_protection_enabled = true`, so deleted keys and \
             secrets can be purged permanently at once",
        ),
        _ => {}
    }
}
