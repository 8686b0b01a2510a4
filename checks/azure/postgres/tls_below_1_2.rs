use crate::check::prelude::*;
use crate::facts::azure_data::{self, Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-002",
    name: "postgres-tls-below-1-2",
    title: "PostgreSQL server accepts TLS versions below 1.2",
    severity: Severity::High,
    description: "Flags `azurerm_postgresql_server` resources whose \
        `ssl_minimal_tls_version_enforced` is `TLS1_0`, `TLS1_1` or `TLSEnforcementDisabled` \
        (the default is `TLS1_2`), and `azurerm_postgresql_flexible_server_configuration` \
        resources that set `ssl_min_protocol_version` to `TLSv1` or `TLSv1.1` (the flexible \
        server default is TLS 1.2).\n\n\
        TLS 1.0 and 1.1 are deprecated and have practical attacks; accepting them lets clients, \
        or an attacker forcing a downgrade, protect database traffic with weak cryptography.",
    remediation: "Set `ssl_minimal_tls_version_enforced = \"TLS1_2\"` on single servers, and \
        `ssl_min_protocol_version` to `TLSv1.2` (or remove it) on flexible servers.",
    compliance: &[
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "nist-800-53:SC-8",
        "soc2:CC6.7",
    ],
    checkov: &["CKV_AZURE_147"],
    trivy: &[
        "AVD-AZU-0026",
        "AZU-0026",
        "azure-database-secure-tls-policy",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_minimal_tls_version_enforced",
    ],
    resource_kinds: &[
        "azurerm_postgresql_server",
        "azurerm_postgresql_flexible_server_configuration",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if cx.resource.kind == "azurerm_postgresql_flexible_server_configuration" {
        if let Some((name, value, span)) = azure_data::server_parameter(cx)
            && name == "ssl_min_protocol_version"
            && matches!(
                value.trim().to_ascii_lowercase().as_str(),
                "tlsv1" | "tlsv1.1"
            )
        {
            cx.report(
                span,
                format!(
                    "server parameter `ssl_min_protocol_version` is \"{value}\", below TLS 1.2"
                ),
            );
        }
        return;
    }
    if let Str::Value(v, span) = str_of(cx, cx.body(), "ssl_minimal_tls_version_enforced") {
        match v.trim() {
            "TLS1_0" | "TLS1_1" => cx.report(
                span,
                format!("PostgreSQL server accepts connections over {v}, below TLS 1.2"),
            ),
            "TLSEnforcementDisabled" => {
                cx.report(span, "PostgreSQL server enforces no minimum TLS version")
            }
            _ => {}
        }
    }
}
