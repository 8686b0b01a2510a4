use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-005",
    name: "app-service-client-certificates-disabled",
    title: "Web app does not request client certificates",
    severity: Severity::Low,
    description: "Flags web apps (`azurerm_linux_web_app`, `azurerm_windows_web_app`, their \
        slots, and the older `azurerm_app_service`) with `client_certificate_enabled` \
        (`client_cert_enabled` on `azurerm_app_service`) unset or `false`, the provider \
        default.\n\n\
        Incoming client certificates add mutual TLS: only callers holding a certificate the \
        app trusts can complete the handshake. For internal APIs and service-to-service \
        endpoints this keeps anonymous internet clients from reaching the application code at \
        all.",
    remediation: "Set `client_certificate_enabled = true` with `client_certificate_mode = \
        \"Required\"` and validate the forwarded certificate in the app; exclude public paths \
        with `client_certificate_exclusion_paths` where needed.",
    compliance: &[
        "cis-azure:9.4",
        "nist-800-53:IA-3",
        "nist-800-53:AC-3",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AZURE_17"],
    trivy: &[
        "AVD-AZU-0001",
        "AZU-0001",
        "azure-appservice-require-client-cert",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/app-service-web-configure-tls-mutual-auth",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#client_certificate_enabled",
    ],
    resource_kinds: &[
        "azurerm_linux_web_app",
        "azurerm_windows_web_app",
        "azurerm_linux_web_app_slot",
        "azurerm_windows_web_app_slot",
        "azurerm_app_service",
        "azurerm_app_service_slot",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(
        cx,
        cx.body(),
        &["client_certificate_enabled", "client_cert_enabled"],
    ) {
        Read::Value(false, span) => cx.report(
            span,
            "web app does not request client certificates, so any client can connect",
        ),
        Read::Missing => cx.report_missing(
            "web app does not set `client_certificate_enabled = true`, so any client can connect",
        ),
        _ => {}
    }
}
