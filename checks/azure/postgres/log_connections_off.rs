use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-006",
    name: "postgres-log-connections-off",
    title: "PostgreSQL server does not log connection attempts",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_configuration` (single server) and \
        `azurerm_postgresql_flexible_server_configuration` resources that set the server \
        parameter `log_connections` to `off`. The parameter is on by default, so servers \
        without such a resource are not reported.\n\n\
        Connection logs record every \
        attempted connection and successful authentication; without them, password \
        guessing, logins from unexpected hosts and the use of stolen credentials leave \
        no trace in the server logs.",
    remediation: "Remove the configuration resource or set its `value` to `on`.",
    compliance: &[
        "cis-azure:4.3.3",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_31"],
    trivy: &[
        "AVD-AZU-0019",
        "AZU-0019",
        "azure-database-postgres-configuration-log-connections",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration",
    ],
    resource_kinds: azure_data::POSTGRES_CONFIG_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    azure_data::report_postgres_parameter_off(
        cx,
        &["log_connections"],
        "connection attempts and authentications are not logged",
    );
}
