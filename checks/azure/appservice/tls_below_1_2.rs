use crate::check::prelude::*;
use crate::facts::azure_compute::{ALL_APP_KINDS, Block, Read, app_label, block, version_at};

pub static CHECK: Check = Check {
    id: "AZURE-APPSERVICE-002",
    name: "app-service-tls-below-1-2",
    title: "App Service app accepts TLS versions below 1.2",
    severity: Severity::High,
    description: "Flags web apps and function apps whose `site_config` sets \
        `minimum_tls_version` or `scm_minimum_tls_version` (on `azurerm_app_service` and \
        `azurerm_function_app`: `min_tls_version`, `scm_min_tls_version`) to `1.0` or `1.1`. \
        The default is `1.2`, so a missing setting is not reported.\n\n\
        TLS 1.0 and 1.1 are deprecated (RFC 8996): they rely on weak hash constructions and \
        cipher suites and fail PCI DSS. Allowing them lets a client, or an attacker forcing a \
        downgrade, negotiate a connection that can be broken or tampered with.",
    remediation: "Remove the attribute or set `minimum_tls_version = \"1.2\"` (or `\"1.3\"`), \
        and the same for `scm_minimum_tls_version`.",
    compliance: &[
        "cis-azure:9.3",
        "nist-800-53:SC-8",
        "nist-800-53:SC-13",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_15", "CKV_AZURE_145"],
    trivy: &[
        "AVD-AZU-0006",
        "AZU-0006",
        "azure-appservice-use-secure-tls-policy",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/app-service/overview-tls",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version",
    ],
    resource_kinds: ALL_APP_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, site) = block(cx, cx.body(), "site_config") else {
        return;
    };
    let what = app_label(cx);
    for (keys, endpoint) in [
        (&["minimum_tls_version", "min_tls_version"], "the app"),
        (
            &["scm_minimum_tls_version", "scm_min_tls_version"],
            "the deployment (SCM) site",
        ),
    ] {
        if let Read::Value(v, span) = version_at(cx, site, keys)
            && v < 1.2
        {
            cx.report(
                span,
                format!("{what} accepts TLS {v:.1} connections to {endpoint} (minimum below 1.2)"),
            );
        }
    }
}
