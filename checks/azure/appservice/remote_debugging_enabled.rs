use crate::check::prelude::*;
use crate::facts::azure_compute::{ALL_APP_KINDS, Read, app_label, site_config_bool};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-007",
    name: "app-service-remote-debugging-enabled",
    title: "App Service app has remote debugging enabled",
    severity: Severity::Medium,
    description: "Flags web apps and function apps whose `site_config` sets \
        `remote_debugging_enabled = true`. It is off by default.\n\n\
        Remote debugging opens debugger ports on the app's workers and lets a connected \
        Visual Studio session inspect memory, read secrets and change execution of the running \
        app. It is meant for short troubleshooting sessions, not to be left on in deployed \
        configuration.",
    remediation: "Remove the attribute or set `remote_debugging_enabled = false`; enable \
        debugging temporarily from the portal or CLI when needed.",
    compliance: &["nist-800-53:CM-7", "nist-800-53:AC-17", "soc2:CC6.6"],
    checkov: &["CKV_AZURE_72"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/visualstudio/debugger/remote-debugging-azure-app-service",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#remote_debugging_enabled",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Read::Value(true, span) = site_config_bool(cx, &["remote_debugging_enabled"]) {
        cx.report(
            span,
            format!(
                "{} has remote debugging enabled, exposing a debugger on the running app",
                app_label(cx)
            ),
        );
    }
}
