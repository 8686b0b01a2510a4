use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-005",
    name: "key-vault-key-no-expiration",
    title: "Key Vault key has no expiration date",
    severity: Severity::Medium,
    description: "Flags `azurerm_key_vault_key` resources without `expiration_date` and without a \
        `rotation_policy` that sets `expire_after`. Keys do not expire by default.\n\n\
        A key without an expiry can be used indefinitely, so a key that leaks or is no longer \
        needed keeps working until someone remembers to disable it. An expiry date forces \
        rotation to be planned and bounds how long a compromised key is useful.",
    remediation: "Set `expiration_date` (RFC 3339, e.g. `2026-12-31T00:00:00Z`) or add a \
        `rotation_policy` with `expire_after` and `automatic { time_before_expiry = ... }` so \
        the key rotates before it expires.",
    compliance: &[
        "cis-azure:8.1",
        "cis-azure:8.2",
        "nist-800-53:SC-12",
        "pci-dss:3.7.4",
    ],
    checkov: &["CKV_AZURE_40"],
    trivy: &[
        "AVD-AZU-0014",
        "AZU-0014",
        "azure-keyvault-ensure-key-expiry",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date",
    ],
    resource_kinds: &["azurerm_key_vault_key"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if !matches!(cx.setting("expiration_date"), Setting::Missing) {
        return;
    }
    for policy in cx.body().blocks("rotation_policy") {
        if policy.is_unknown() || !matches!(setting(policy, "expire_after"), Setting::Missing) {
            return;
        }
    }
    cx.report_missing("key has no `expiration_date`, so it never expires");
}
