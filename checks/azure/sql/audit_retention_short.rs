use crate::check::prelude::*;
use crate::facts::azure_data::{Num, number_of};

pub static CHECK: Check = Check {
    id: "AZURE-SQL-005",
    name: "sql-audit-retention-short",
    title: "SQL auditing keeps logs for less than 90 days",
    severity: Severity::Low,
    description: "Flags SQL auditing policies (`azurerm_mssql_server_extended_auditing_policy`, \
        `azurerm_mssql_database_extended_auditing_policy`, and the inline \
        `extended_auditing_policy` of `azurerm_mssql_server` / `azurerm_sql_server`) whose \
        `retention_in_days` is between 1 and 89. The default, `0`, keeps audit logs without \
        limit and is not reported.\n\n\
        Intrusions are often discovered months after they start; audit records deleted after a \
        few weeks leave nothing to investigate, and most audit standards ask for at least 90 \
        days of readily available history.",
    remediation: "Set `retention_in_days` to `90` or more, or `0` for unlimited retention in the \
        storage account.",
    compliance: &[
        "pci-dss:10.5.1",
        "nist-800-53:AU-11",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_24"],
    trivy: &[
        "AVD-AZU-0025",
        "AZU-0025",
        "azure-database-retention-period-set",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy#retention_in_days",
    ],
    resource_kinds: &[
        "azurerm_mssql_server_extended_auditing_policy",
        "azurerm_mssql_database_extended_auditing_policy",
        "azurerm_mssql_server",
        "azurerm_sql_server",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn check_policy(cx: &Ctx, policy: &Node) {
    if let Num::Value(days, span) = number_of(cx, policy, "retention_in_days")
        && days > 0.0
        && days < 90.0
    {
        cx.report(
            span,
            format!(
                "audit logs are kept for only {} days",
                crate::value::format_number(days)
            ),
        );
    }
}

fn run(cx: &Ctx) {
    if cx.resource.kind.ends_with("_extended_auditing_policy") {
        check_policy(cx, cx.body());
        return;
    }
    for policy in cx.body().blocks("extended_auditing_policy") {
        check_policy(cx, policy);
    }
}
