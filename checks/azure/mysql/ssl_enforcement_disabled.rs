use crate::check::prelude::*;
use crate::facts::azure_data::{self, Bool, Str, bool_of, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-MYSQL-001",
    name: "mysql-ssl-enforcement-disabled",
    title: "MySQL server accepts unencrypted connections",
    severity: Severity::High,
    description: "Flags `azurerm_mysql_server` resources with `ssl_enforcement_enabled = false` \
        (or `ssl_enforcement = \"Disabled\"` in azurerm 1.x), and \
        `azurerm_mysql_flexible_server_configuration` resources that set the \
        `require_secure_transport` server parameter to `OFF` (flexible servers require TLS by \
        default).\n\n\
        Without enforced TLS, clients may connect in plain text: passwords and query results \
        cross the network readable and modifiable by anyone on the path.",
    remediation: "Set `ssl_enforcement_enabled = true` on single servers; on flexible servers \
        remove the `require_secure_transport` configuration or set its value to `ON`.",
    compliance: &[
        "cis-azure:4.4.1",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "nist-800-53:SC-8",
        "soc2:CC6.7",
    ],
    checkov: &["CKV_AZURE_28"],
    trivy: &[
        "AVD-AZU-0020",
        "AZU-0020",
        "azure-database-enable-ssl-enforcement",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_configuration",
    ],
    resource_kinds: &[
        "azurerm_mysql_server",
        "azurerm_mysql_flexible_server_configuration",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if cx.resource.kind == "azurerm_mysql_flexible_server_configuration" {
        if let Some((name, value, span)) = azure_data::server_parameter(cx)
            && name == "require_secure_transport"
            && value.trim().eq_ignore_ascii_case("off")
        {
            cx.report(
                span,
                format!(
                    "server parameter `require_secure_transport` is \"{value}\", so clients may connect without TLS"
                ),
            );
        }
        return;
    }
    if let Bool::Value(false, span) = bool_of(cx, cx.body(), &["ssl_enforcement_enabled"]) {
        cx.report(
            span,
            "MySQL server does not enforce SSL, so clients may connect without TLS",
        );
    }
    if let Str::Value(v, span) = str_of(cx, cx.body(), "ssl_enforcement")
        && v.eq_ignore_ascii_case("disabled")
    {
        cx.report(
            span,
            "MySQL server does not enforce SSL, so clients may connect without TLS",
        );
    }
}
