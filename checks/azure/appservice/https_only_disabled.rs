use crate::check::prelude::*;
use crate::facts::azure_compute::{ALL_APP_KINDS, Read, app_label, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-001",
    name: "app-service-https-only-disabled",
    title: "App Service app accepts plain HTTP",
    severity: Severity::High,
    description: "Flags web apps and function apps (`azurerm_linux_web_app`, \
        `azurerm_windows_web_app`, `azurerm_linux_function_app`, \
        `azurerm_windows_function_app`, their slots, and the older `azurerm_app_service` and \
        `azurerm_function_app`) with `https_only` unset or `false`; the provider default is \
        `false`.\n\n\
        Without HTTPS-only, the app answers plain HTTP on port 80 instead of redirecting to \
        HTTPS: session cookies, tokens, function keys and form data can be read or altered by \
        anyone on the network path.",
    remediation: "Set `https_only = true`; App Service then redirects every HTTP request to \
        HTTPS.",
    compliance: &[
        "cis-azure:9.2",
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_14", "CKV_AZURE_70"],
    trivy: &[
        "AVD-AZU-0072",
        "AZU-0072",
        "azure-appservice-web-app-https-only",
        "AVD-AZU-0004",
        "AZU-0004",
        "azure-appservice-enforce-https",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let what = app_label(cx);
    match bool_at(cx, cx.body(), &["https_only"]) {
        Read::Value(false, span) => cx.report(
            span,
            format!("{what} serves plain HTTP (`https_only = false`)"),
        ),
        Read::Missing => cx.report_missing(format!(
            "{what} does not set `https_only = true`, so it also serves plain HTTP"
        )),
        _ => {}
    }
}
