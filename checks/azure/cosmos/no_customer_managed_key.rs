use crate::check::prelude::*;
use crate::facts::azure_compute::str_at;

pub static CHECK: Check = Check {
    id: "AZURE-COSMOS-005",
    name: "cosmosdb-no-customer-managed-key",
    title: "Cosmos DB account is encrypted with a service-managed key",
    severity: Severity::Low,
    description: "Flags `azurerm_cosmosdb_account` resources without `key_vault_key_id` (or \
        `managed_hsm_key_id` on azurerm 4.x), so the data is encrypted only with keys \
        Microsoft manages.\n\n\
        Cosmos DB always encrypts data at rest, but with service-managed keys you cannot \
        rotate the key on your schedule, see its use in your Key Vault logs, or cut off access \
        to the data by revoking it. Regulated workloads often require customer-managed keys; \
        they can only be added when the account is created.",
    remediation: "Create the account with `key_vault_key_id` pointing at a Key Vault key \
        (versionless ID) and an identity that can use it.",
    compliance: &["nist-800-53:SC-12", "nist-800-53:SC-28", "iso-27001:A.8.24"],
    checkov: &["CKV_AZURE_100"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#key_vault_key_id",
    ],
    resource_kinds: &["azurerm_cosmosdb_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if str_at(cx, cx.body(), &["key_vault_key_id", "managed_hsm_key_id"]).is_missing() {
        cx.report_missing(
            "Cosmos DB account sets no `key_vault_key_id`, so its data is encrypted only with \
             service-managed keys",
        );
    }
}
