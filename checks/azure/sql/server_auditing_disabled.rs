use crate::check::prelude::*;
use crate::facts::azure_data::{self, Bool, bool_of};

pub static CHECK: Check = Check {
    id: "AZURE-SQL-004",
    name: "sql-server-auditing-disabled",
    title: "SQL Server auditing is not enabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_mssql_server` and `azurerm_sql_server` resources that have no \
        inline `extended_auditing_policy` and that no \
        `azurerm_mssql_server_extended_auditing_policy` refers to through `server_id`, and \
        server auditing policies that set `enabled = false`. The check stays silent when an \
        auditing policy's `server_id` cannot be resolved.\n\n\
        Server auditing records logins, queries and permission changes for every database on \
        the server. Without it there is no trail to detect data theft or misuse of privileged \
        accounts, or to reconstruct what happened after an incident.",
    remediation: "Add an `azurerm_mssql_server_extended_auditing_policy` with `server_id` set to \
        the server and a storage account, Log Analytics or Event Hub destination \
        (`log_monitoring_enabled = true` with a diagnostic setting), and a retention of at least \
        90 days.",
    compliance: &[
        "cis-azure:4.1.1",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_23"],
    trivy: &["AVD-AZU-0027", "AZU-0027", "azure-database-enable-audit"],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy",
    ],
    resource_kinds: &[
        "azurerm_mssql_server",
        "azurerm_sql_server",
        "azurerm_mssql_server_extended_auditing_policy",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const POLICY_KIND: &str = "azurerm_mssql_server_extended_auditing_policy";

fn run(cx: &Ctx) {
    if cx.resource.kind == POLICY_KIND {
        if let Bool::Value(false, span) = bool_of(cx, cx.body(), &["enabled"]) {
            cx.report(
                span,
                "server auditing policy is disabled (`enabled = false`)",
            );
        }
        return;
    }
    if cx.body().entry("extended_auditing_policy").is_some() {
        return;
    }
    if azure_data::has_companion(cx, POLICY_KIND, &[("server_id", "id")]) {
        return;
    }
    cx.report_missing(
        "SQL server has no extended auditing policy, so logins and queries are not audited",
    );
}
