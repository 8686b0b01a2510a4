use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-003",
    name: "storage-account-nested-items-public",
    title: "Storage account lets containers and blobs be made public",
    severity: Severity::Medium,
    description: "Flags `azurerm_storage_account` resources where anonymous access to containers \
        and blobs is allowed: `allow_nested_items_to_be_public` set to `true` or left unset \
        (azurerm 3.x and 4.x default it to `true`), or `allow_blob_public_access = true` \
        (azurerm 2.x, where the default was `false`).\n\n\
        While the account allows it, any container can be switched to anonymous `blob` or \
        `container` access by a single setting, exposing its data to the internet without \
        credentials. Turning it off at the account level is the guard rail that makes such a \
        mistake impossible.",
    remediation: "Set `allow_nested_items_to_be_public = false` on the storage account and serve \
        public content through a CDN or SAS tokens with short expiry instead.",
    compliance: &[
        "cis-azure:3.7",
        "nist-800-53:AC-3",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
        "iso-27001:A.8.3",
    ],
    checkov: &["CKV_AZURE_190", "CKV2_AZURE_47"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_of(
        cx,
        cx.body(),
        &[
            "allow_nested_items_to_be_public",
            "allow_blob_public_access",
        ],
    ) {
        Bool::Value(true, span) => cx.report(
            span,
            "storage account allows its containers and blobs to be made publicly readable",
        ),
        Bool::Missing => cx.report_missing(
            "storage account does not set `allow_nested_items_to_be_public = false`, so its \
             containers and blobs may be made publicly readable",
        ),
        _ => {}
    }
}
