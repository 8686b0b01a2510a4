use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-007",
    name: "storage-account-no-customer-managed-key",
    title: "Storage account is encrypted with a Microsoft-managed key",
    severity: Severity::Low,
    description: "Flags `azurerm_storage_account` resources that have no `customer_managed_key` \
        block and that no `azurerm_storage_account_customer_managed_key` resource refers to \
        through `storage_account_id`. The check stays silent when such a resource's target \
        cannot be resolved.\n\n\
        Data is still encrypted, but with a key Microsoft holds and rotates: you cannot revoke \
        access to the data by disabling the key, control its rotation, or show key usage in \
        your own Key Vault logs, which some regulations and internal policies require for \
        sensitive data.",
    remediation: "Add a `customer_managed_key` block with `key_vault_key_id` and \
        `user_assigned_identity_id`, or an `azurerm_storage_account_customer_managed_key` \
        resource, pointing at a Key Vault key with purge protection enabled.",
    compliance: &[
        "cis-azure:3.12",
        "nist-800-53:SC-12",
        "pci-dss:3.6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV2_AZURE_1"],
    trivy: &[
        "AVD-AZU-0060",
        "AZU-0060",
        "azure-storage-blob-container-cmk-encrypted",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_customer_managed_key",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

const CMK_KIND: &str = "azurerm_storage_account_customer_managed_key";

fn run(cx: &Ctx) {
    if cx.body().entry("customer_managed_key").is_some() {
        return;
    }
    if azure_data::has_companion(cx, CMK_KIND, &[("storage_account_id", "id")]) {
        return;
    }
    cx.report_missing(
        "storage account has no customer-managed key, so its data is encrypted only with a \
         Microsoft-managed key",
    );
}
