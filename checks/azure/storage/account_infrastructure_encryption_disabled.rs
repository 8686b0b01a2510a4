use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, Str, bool_of, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-005",
    name: "storage-account-infrastructure-encryption-disabled",
    title: "Storage account does not use infrastructure (double) encryption",
    severity: Severity::Low,
    description: "Flags `azurerm_storage_account` resources with `infrastructure_encryption_enabled` \
        unset or `false` (the provider default is `false`). Accounts of kind `Storage` (general \
        purpose v1) and `BlobStorage`, which cannot use infrastructure encryption, are skipped.\n\n\
        Azure always encrypts storage at the service level; infrastructure encryption adds a \
        second, independent layer with a different key and algorithm, so a flaw or compromise of \
        one layer does not expose the data. Regulated workloads often require it, and it can only \
        be chosen when the account is created.",
    remediation: "Set `infrastructure_encryption_enabled = true` when creating the account (it \
        forces a new account, so migrate data to a new one for existing accounts).",
    compliance: &[
        "cis-azure:3.2",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "nist-800-53:SC-28",
    ],
    checkov: &[],
    trivy: &[
        "AVD-AZU-0061",
        "AZU-0061",
        "azure-storage-infrastructure-encryption-enabled",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#infrastructure_encryption_enabled",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match str_of(cx, cx.body(), "account_kind") {
        Str::Unknown => return,
        Str::Value("Storage" | "BlobStorage", _) => return,
        _ => {}
    }
    match bool_of(cx, cx.body(), &["infrastructure_encryption_enabled"]) {
        Bool::Value(false, span) => cx.report(
            span,
            "storage account has infrastructure encryption turned off (`infrastructure_encryption_enabled = false`)",
        ),
        Bool::Missing => cx.report_missing(
            "storage account does not set `infrastructure_encryption_enabled = true`, so data is \
             encrypted only once, at the service level",
        ),
        _ => {}
    }
}
