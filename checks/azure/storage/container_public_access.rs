use crate::check::prelude::*;
use crate::facts::azure_data::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-009",
    name: "storage-container-public-access",
    title: "Storage container allows anonymous read access",
    severity: Severity::High,
    description: "Flags `azurerm_storage_container` resources whose `container_access_type` is \
        `blob` (anyone can read blobs by URL) or `container` (anyone can also list the \
        container). The default is `private`.\n\n\
        Anonymous access needs no key, token or identity: every blob in the container can be \
        downloaded by anyone who finds or guesses its URL, and with `container` access the \
        listing hands them every name.",
    remediation: "Set `container_access_type = \"private\"` and grant access with Microsoft Entra \
        ID roles or short-lived SAS tokens; serve genuinely public files through a CDN.",
    compliance: &[
        "nist-800-53:AC-3",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
        "hipaa:164.312(a)(1)",
    ],
    checkov: &["CKV_AZURE_34"],
    trivy: &["AVD-AZU-0007", "AZU-0007", "azure-storage-no-public-access"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-configure",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type",
    ],
    resource_kinds: &["azurerm_storage_container"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Str::Value(v, span) = str_of(cx, cx.body(), "container_access_type") {
        let what = match v.trim().to_ascii_lowercase().as_str() {
            "blob" => "anyone can read its blobs without credentials",
            "container" => "anyone can list and read its blobs without credentials",
            _ => return,
        };
        cx.report(span, format!("container access type is \"{v}\": {what}"));
    }
}
