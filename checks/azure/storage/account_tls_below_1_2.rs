use crate::check::prelude::*;
use crate::facts::azure_data::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-002",
    name: "storage-account-tls-below-1-2",
    title: "Storage account accepts TLS versions below 1.2",
    severity: Severity::High,
    description: "Flags `azurerm_storage_account` resources whose `min_tls_version` is `TLS1_0` or \
        `TLS1_1`. The attribute defaults to `TLS1_2` since azurerm 3.0, so a missing setting is \
        not reported.\n\n\
        TLS 1.0 and 1.1 have known weaknesses and are deprecated; accepting them lets a client \
        (or an attacker forcing a downgrade) protect storage traffic with broken cipher suites.",
    remediation: "Set `min_tls_version = \"TLS1_2\"` (or remove the attribute) after confirming \
        that every client supports TLS 1.2.",
    compliance: &[
        "cis-azure:3.15",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "nist-800-53:SC-8",
        "soc2:CC6.7",
    ],
    checkov: &["CKV_AZURE_44"],
    trivy: &[
        "AVD-AZU-0011",
        "AZU-0011",
        "azure-storage-use-secure-tls-policy",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version",
    ],
    resource_kinds: &["azurerm_storage_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Str::Value(v, span) = str_of(cx, cx.body(), "min_tls_version")
        && matches!(v.trim().to_ascii_uppercase().as_str(), "TLS1_0" | "TLS1_1")
    {
        cx.report(
            span,
            format!("storage account accepts connections over {v}, below TLS 1.2"),
        );
    }
}
