use crate::check::prelude::*;
use crate::facts::azure_compute::{ALL_APP_KINDS, Block, Read, app_label, block, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-008",
    name: "app-service-authentication-disabled",
    title: "App Service authentication is not enabled",
    severity: Severity::Low,
    description: "Flags web apps and function apps with neither `auth_settings { enabled = \
        true }` nor `auth_settings_v2 { auth_enabled = true }` (App Service Authentication, \
        also called Easy Auth). Both default to off.\n\n\
        App Service Authentication rejects or redirects unauthenticated requests before they \
        reach the application, and validates tokens from Azure AD or other identity providers \
        on the app's behalf. Without it every endpoint is reachable anonymously unless the \
        application code authenticates each request itself. Apps that are public on purpose \
        can suppress this finding.",
    remediation: "Add an `auth_settings_v2` block with `auth_enabled = true`, an identity \
        provider (for example `active_directory_v2`) and `unauthenticated_action = \
        \"RedirectToLoginPage\"` or `\"Return401\"`.",
    compliance: &[
        "cis-azure:9.1",
        "nist-800-53:AC-3",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AZURE_13", "CKV_AZURE_56"],
    trivy: &[
        "AVD-AZU-0003",
        "AZU-0003",
        "azure-appservice-authentication-enabled",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/overview-authentication-authorization",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#auth_settings_v2",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    // The first explicit "off" to point at, if any.
    let mut off: Option<Span> = None;
    for (key, flag) in [
        ("auth_settings", "enabled"),
        ("auth_settings_v2", "auth_enabled"),
    ] {
        match block(cx, body, key) {
            Block::Missing => {}
            Block::Unknown => return,
            Block::Present(entry, b) => match bool_at(cx, b, &[flag]) {
                Read::Value(true, _) | Read::Unknown => return,
                Read::Value(false, span) => off = off.or(Some(span)),
                Read::Missing => off = off.or(Some(entry.key_span)),
            },
        }
    }
    let what = app_label(cx);
    match off {
        Some(span) => cx.report(
            span,
            format!("{what} has App Service authentication turned off"),
        ),
        None => cx.report_missing(format!(
            "{what} does not enable App Service authentication, so requests reach it \
             unauthenticated"
        )),
    }
}
