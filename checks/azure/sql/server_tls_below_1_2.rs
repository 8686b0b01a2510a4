use crate::check::prelude::*;
use crate::facts::azure_data::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-SQL-003",
    name: "sql-server-tls-below-1-2",
    title: "SQL Server accepts TLS versions below 1.2",
    severity: Severity::High,
    description: "Flags `azurerm_mssql_server` resources whose `minimum_tls_version` is `1.0`, \
        `1.1` or `Disabled` (no minimum). The attribute defaults to `1.2`, so a missing setting \
        is not reported.\n\n\
        Clients that negotiate TLS 1.0 or 1.1 protect credentials and query results with \
        deprecated protocols that have practical attacks; a server that accepts them also lets \
        an active attacker downgrade connections.",
    remediation: "Set `minimum_tls_version = \"1.2\"` (or remove the attribute) after updating \
        clients and drivers that still use older TLS versions.",
    compliance: &[
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "nist-800-53:SC-8",
        "soc2:CC6.7",
    ],
    checkov: &["CKV_AZURE_52"],
    trivy: &[
        "AVD-AZU-0026",
        "AZU-0026",
        "azure-database-secure-tls-policy",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#configure-minimum-tls-version",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version",
    ],
    resource_kinds: &["azurerm_mssql_server"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Str::Value(v, span) = str_of(cx, cx.body(), "minimum_tls_version") {
        match v.trim() {
            "1.0" | "1.1" => cx.report(
                span,
                format!("SQL server accepts connections over TLS {v}, below TLS 1.2"),
            ),
            d if d.eq_ignore_ascii_case("disabled") => cx.report(
                span,
                "SQL server enforces no minimum TLS version, so TLS 1.0 and 1.1 are accepted",
            ),
            _ => {}
        }
    }
}
