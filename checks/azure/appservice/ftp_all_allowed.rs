use crate::check::prelude::*;
use crate::facts::azure_compute::{
    ALL_APP_KINDS, Read, app_label, is_legacy_app, site_config_span, site_config_str,
};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-003",
    name: "app-service-ftp-allowed",
    title: "App Service app allows plain FTP deployments",
    severity: Severity::Medium,
    description: "Flags web apps and function apps whose `site_config` sets `ftps_state = \
        \"AllAllowed\"`. On the older `azurerm_app_service` and `azurerm_function_app` \
        resources a missing `ftps_state` is reported too, since Azure's default there is \
        `AllAllowed`; the current resources default to `Disabled`.\n\n\
        Plain FTP sends the deployment credentials and the application files in clear text. \
        Anyone on the network path can capture the publishing password and then replace the \
        app's code.",
    remediation: "Set `site_config { ftps_state = \"Disabled\" }`, or `\"FtpsOnly\"` when FTP \
        deployment is really needed.",
    compliance: &[
        "cis-azure:9.10",
        "nist-800-53:SC-8",
        "nist-800-53:IA-5",
        "pci-dss:4.2.1",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_78"],
    trivy: &["AVD-AZU-0071", "AZU-0071", "azure-appservice-enforce-ftps"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let what = app_label(cx);
    match site_config_str(cx, &["ftps_state"]) {
        Read::Value(v, span) if v.eq_ignore_ascii_case("AllAllowed") => cx.report(
            span,
            format!("{what} accepts plain FTP deployments (`ftps_state = \"{v}\"`)"),
        ),
        Read::Missing if is_legacy_app(cx) => cx.report(
            site_config_span(cx),
            format!(
                "{what} does not set `ftps_state`, so Azure's default \"AllAllowed\" accepts \
                 plain FTP deployments"
            ),
        ),
        _ => {}
    }
}
