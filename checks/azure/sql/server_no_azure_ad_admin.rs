use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-SQL-007",
    name: "sql-server-no-azure-ad-admin",
    title: "SQL Server has no Microsoft Entra ID administrator",
    severity: Severity::Medium,
    description: "Flags `azurerm_mssql_server` and `azurerm_sql_server` resources without an \
        `azuread_administrator` block and without an `azurerm_sql_active_directory_administrator` \
        naming them through `server_name`. The check stays silent when such a resource's server \
        cannot be resolved.\n\n\
        Without a Microsoft Entra ID administrator the server can only be managed through its \
        SQL login and password: a shared, long-lived secret that bypasses MFA, conditional \
        access and central deprovisioning, and that leaves no per-person trail.",
    remediation: "Add an `azuread_administrator` block with `login_username` and `object_id` of an \
        Entra ID group, ideally with `azuread_authentication_only = true` to retire SQL \
        authentication.",
    compliance: &[
        "cis-azure:4.1.4",
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
    ],
    checkov: &["CKV2_AZURE_27"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#azuread_administrator",
    ],
    resource_kinds: &["azurerm_mssql_server", "azurerm_sql_server"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if cx.body().entry("azuread_administrator").is_some() {
        return;
    }
    if azure_data::has_companion(
        cx,
        "azurerm_sql_active_directory_administrator",
        &[("server_name", "name")],
    ) {
        return;
    }
    cx.report_missing(
        "SQL server has no Microsoft Entra ID administrator, so it is administered only with a \
         SQL login and password",
    );
}
