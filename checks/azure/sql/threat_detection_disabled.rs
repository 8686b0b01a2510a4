use crate::check::prelude::*;
use crate::facts::azure_data::{self, Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-SQL-006",
    name: "sql-server-threat-detection-disabled",
    title: "SQL Server threat detection is not enabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_mssql_server_security_alert_policy` resources with \
        `state = \"Disabled\"`, and `azurerm_mssql_server` / `azurerm_sql_server` resources that \
        no security alert policy refers to through `server_name` (nor an inline \
        `threat_detection_policy` on `azurerm_sql_server`). The check stays silent when a \
        policy's server cannot be resolved, or when Microsoft Defender for SQL is enabled for \
        the whole subscription by an `azurerm_security_center_subscription_pricing` with \
        `resource_type = \"SqlServers\"` and `tier = \"Standard\"`.\n\n\
        Threat detection (part of Microsoft Defender for SQL) alerts on SQL injection, \
        anomalous logins and unusual data extraction; without it such attacks run unnoticed \
        until their effects show.",
    remediation: "Add an `azurerm_mssql_server_security_alert_policy` with `state = \"Enabled\"`, \
        `email_account_admins = true` and `email_addresses`, or enable Defender for SQL for the \
        subscription with `azurerm_security_center_subscription_pricing`.",
    compliance: &[
        "nist-800-53:SI-4",
        "pci-dss:10.7.2",
        "soc2:CC7.2",
        "hipaa:164.308(a)(1)(ii)(D)",
    ],
    checkov: &["CKV2_AZURE_13"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/threat-detection-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy",
    ],
    resource_kinds: &[
        "azurerm_mssql_server",
        "azurerm_sql_server",
        "azurerm_mssql_server_security_alert_policy",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const POLICY_KIND: &str = "azurerm_mssql_server_security_alert_policy";

fn run(cx: &Ctx) {
    if cx.resource.kind == POLICY_KIND {
        if let Str::Value(v, span) = str_of(cx, cx.body(), "state")
            && v.trim().eq_ignore_ascii_case("disabled")
        {
            cx.report(span, "SQL server security alert policy is disabled");
        }
        return;
    }
    if cx.body().entry("threat_detection_policy").is_some() {
        return;
    }
    if azure_data::has_companion(cx, POLICY_KIND, &[("server_name", "name")]) {
        return;
    }
    if defender_for_sql(cx) {
        return;
    }
    cx.report_missing(
        "SQL server has no security alert policy, so threat detection alerts are off",
    );
}

/// True when some `azurerm_security_center_subscription_pricing` turns Defender for SQL on (or
/// might: its values are unknown).
fn defender_for_sql(cx: &Ctx) -> bool {
    cx.graph
        .of_kind("azurerm_security_center_subscription_pricing")
        .any(|(_, r)| {
            let kind = r.body.get("resource_type");
            let tier = r.body.get("tier");
            let is_sql = kind.is_none_or(|k| k.is_unknown() || k.as_str() == Some("SqlServers"));
            let standard = tier.is_none_or(|t| t.is_unknown() || t.as_str() == Some("Standard"));
            is_sql && standard
        })
}
