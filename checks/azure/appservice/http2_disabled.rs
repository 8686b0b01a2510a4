use crate::check::prelude::*;
use crate::facts::azure_compute::{
    ALL_APP_KINDS, Read, app_label, site_config_bool, site_config_span,
};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-006",
    name: "app-service-http2-disabled",
    title: "App Service app does not use HTTP/2",
    severity: Severity::Low,
    description: "Flags web apps and function apps whose `site_config` has `http2_enabled` \
        unset or `false`, the provider default.\n\n\
        CIS recommends running apps on the latest HTTP version. Browsers negotiate HTTP/2 \
        only over TLS, and its binary framing leaves less room for the header parsing \
        ambiguities behind HTTP/1.1 request smuggling; staying on HTTP/1.1 gives that up for no \
        security benefit. This is a hardening recommendation, not an exposure.",
    remediation: "Set `site_config { http2_enabled = true }`.",
    compliance: &["cis-azure:9.9", "nist-800-53:CM-6", "nist-800-53:SC-8"],
    checkov: &["CKV_AZURE_18", "CKV_AZURE_67"],
    trivy: &["AVD-AZU-0005", "AZU-0005", "azure-appservice-enable-http2"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http2_enabled",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let what = app_label(cx);
    match site_config_bool(cx, &["http2_enabled"]) {
        Read::Value(false, span) => cx.report(
            span,
            format!("{what} has HTTP/2 turned off (`http2_enabled = false`)"),
        ),
        Read::Missing => cx.report(
            site_config_span(cx),
            format!("{what} does not set `http2_enabled = true`, so it serves HTTP/1.1 only"),
        ),
        _ => {}
    }
}
