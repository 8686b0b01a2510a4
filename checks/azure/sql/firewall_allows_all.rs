use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-SQL-002",
    name: "sql-firewall-allows-all",
    title: "SQL Server firewall rule allows the whole internet",
    severity: Severity::Critical,
    description: "Flags `azurerm_mssql_firewall_rule` and `azurerm_sql_firewall_rule` resources \
        whose range spans every public IPv4 address (typically `0.0.0.0`–`255.255.255.255`). \
        The `0.0.0.0`–`0.0.0.0` rule that allows Azure services is not reported here.\n\n\
        Such a rule turns the server firewall off: every database on the server can be reached \
        from any address, so credential stuffing, brute force against SQL logins and exploits \
        against the TDS endpoint come straight from the internet.",
    remediation: "Replace the rule with rules for the specific addresses that need access, or \
        turn public network access off and use private endpoints.",
    compliance: &[
        "cis-azure:4.1.2",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_11"],
    trivy: &[
        "AVD-AZU-0029",
        "AZU-0029",
        "azure-database-no-public-firewall-access",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule",
    ],
    resource_kinds: azure_data::SQL_FIREWALL_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    azure_data::report_open_firewall(cx, "SQL server");
}
