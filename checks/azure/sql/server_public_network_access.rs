use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-SQL-001",
    name: "sql-server-public-network-access",
    title: "SQL Server has public network access enabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_mssql_server` and `azurerm_sql_server` resources with \
        `public_network_access_enabled` unset or `true` (the provider default is `true`).\n\n\
        With public network access on, the server's endpoint is reachable from the internet and \
        only its firewall rules decide who may connect; a single broad rule (or the \"Allow Azure \
        services\" rule, which admits every Azure tenant) exposes the databases to password \
        spraying and exploitation from outside your network.",
    remediation: "Set `public_network_access_enabled = false` and connect through private \
        endpoints; if public access is required, keep firewall rules to known addresses.",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_113"],
    trivy: &[
        "AVD-AZU-0022",
        "AZU-0022",
        "azure-database-no-public-access",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled",
    ],
    resource_kinds: &["azurerm_mssql_server", "azurerm_sql_server"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match azure_data::public_network_access(cx, true) {
        Some((true, _, true)) => cx.report_missing(
            "SQL server does not set `public_network_access_enabled = false`, so its endpoint is \
             reachable from the internet",
        ),
        Some((true, span, false)) => cx.report(
            span,
            "SQL server has public network access enabled, so its endpoint is reachable from the internet",
        ),
        _ => {}
    }
}
