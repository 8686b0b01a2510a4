use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-006",
    name: "storage-account-shared-key-enabled",
    title: "Storage account allows Shared Key authorization",
    severity: Severity::Low,
    description: "Flags `azurerm_storage_account` resources with `shared_access_key_enabled` unset \
        or `true` (the provider default is `true`).\n\n\
        Shared Key authorization lets anyone holding one of the two account keys, or a SAS token \
        signed with them, act with full rights on the account. Keys do not expire, are not tied \
        to an identity and are hard to audit; Microsoft Entra ID authorization gives per-identity \
        access, conditional access and sign-in logs instead.",
    remediation: "Set `shared_access_key_enabled = false` once clients use Microsoft Entra ID \
        (managed identities, `storage_use_azuread = true` in the provider), and consider \
        `default_to_oauth_authentication = true`.",
    compliance: &["nist-800-53:AC-3", "nist-800-53:IA-2", "soc2:CC6.1"],
    checkov: &["CKV2_AZURE_40"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#shared_access_key_enabled",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_of(cx, cx.body(), &["shared_access_key_enabled"]) {
        Bool::Value(true, span) => cx.report(
            span,
            "storage account accepts requests signed with its account keys (Shared Key)",
        ),
        Bool::Missing => cx.report_missing(
            "storage account does not set `shared_access_key_enabled = false`, so requests \
             signed with its account keys are accepted",
        ),
        _ => {}
    }
}
