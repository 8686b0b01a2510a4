use crate::check::prelude::*;
use crate::facts::azure_data::{Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-001",
    name: "storage-account-https-not-enforced",
    title: "Storage account accepts unencrypted HTTP requests",
    severity: Severity::High,
    description: "Flags `azurerm_storage_account` resources that set `https_traffic_only_enabled` \
        (azurerm 4.x) or `enable_https_traffic_only` (azurerm 3.x and earlier) to `false`. Both \
        default to `true`, so a missing setting is not reported.\n\n\
        With secure transfer off, the blob, queue, table and file endpoints answer plain HTTP: \
        shared access signatures, account keys in headers and the data itself cross the network \
        in clear text and can be read or altered by anyone on the path.",
    remediation: "Remove the attribute or set `https_traffic_only_enabled = true` \
        (`enable_https_traffic_only = true` on azurerm 3.x), and move clients to HTTPS.",
    compliance: &[
        "cis-azure:3.1",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "nist-800-53:SC-8",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_3"],
    trivy: &["AVD-AZU-0008", "AZU-0008", "azure-storage-enforce-https"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Bool::Value(false, span) = bool_of(
        cx,
        cx.body(),
        &["https_traffic_only_enabled", "enable_https_traffic_only"],
    ) {
        cx.report(
            span,
            "storage account allows plain HTTP requests (secure transfer is off)",
        );
    }
}
