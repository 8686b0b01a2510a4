use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-006",
    name: "key-vault-secret-no-expiration",
    title: "Key Vault secret has no expiration date",
    severity: Severity::Low,
    description: "Flags `azurerm_key_vault_secret` resources without `expiration_date`. Secrets \
        do not expire by default.\n\n\
        Passwords, connection strings and tokens stored without an expiry tend never to be \
        rotated; one that leaks stays valid for as long as the system it unlocks accepts it. An \
        expiry date makes rotation visible and enforceable (Key Vault emits near-expiry events).",
    remediation: "Set `expiration_date` (RFC 3339) on the secret and rotate it before that date, \
        for example with an Event Grid subscription on `SecretNearExpiry`.",
    compliance: &[
        "cis-azure:8.3",
        "cis-azure:8.4",
        "nist-800-53:IA-5",
        "pci-dss:8.3.9",
    ],
    checkov: &["CKV_AZURE_41"],
    trivy: &[
        "AVD-AZU-0017",
        "AZU-0017",
        "azure-keyvault-ensure-secret-expiry",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date",
    ],
    resource_kinds: &["azurerm_key_vault_secret"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if matches!(cx.setting("expiration_date"), Setting::Missing) {
        cx.report_missing("secret has no `expiration_date`, so it never expires");
    }
}
