use crate::check::prelude::*;
use crate::facts::azure_compute::{ALL_APP_KINDS, Block, app_label, block};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-004",
    name: "app-service-managed-identity-missing",
    title: "App Service app has no managed identity",
    severity: Severity::Low,
    description: "Flags web apps and function apps without an `identity` block, that is \
        without a system- or user-assigned managed identity.\n\n\
        An app with no managed identity has to reach databases, storage, Key Vault and other \
        Azure services with secrets kept in app settings or connection strings, which leak \
        through deployment slots, backups, logs and the portal, and are rarely rotated.",
    remediation: "Add `identity { type = \"SystemAssigned\" }` (or a user-assigned identity), \
        grant it the roles the app needs, and replace stored credentials with \
        identity-based connections and Key Vault references.",
    compliance: &[
        "cis-azure:9.5",
        "nist-800-53:IA-5",
        "nist-800-53:IA-9",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AZURE_16", "CKV_AZURE_71"],
    trivy: &[
        "AVD-AZU-0002",
        "AZU-0002",
        "azure-appservice-account-identity-registered",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#identity",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Block::Missing = block(cx, cx.body(), "identity") {
        cx.report_missing(format!(
            "{} has no managed identity, so it must use stored secrets to reach other services",
            app_label(cx)
        ));
    }
}
