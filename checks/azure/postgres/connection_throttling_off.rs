use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-008",
    name: "postgres-connection-throttling-off",
    title: "PostgreSQL server does not throttle failed logins",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_configuration` (single server) and \
        `azurerm_postgresql_flexible_server_configuration` resources that set the server \
        parameter `connection_throttling` (single server) or \
        `connection_throttle.enable` (flexible server) to `off`. The parameter is on by \
        default, so servers without such a resource are not reported.\n\n\
        Connection \
        throttling slows down clients after repeated failed logins and logs it; without \
        it, password guessing runs at full speed and an overload of connection attempts \
        can exhaust the server.",
    remediation: "Remove the configuration resource or set its `value` to `on`.",
    compliance: &[
        "cis-azure:4.3.5",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_32"],
    trivy: &[
        "AVD-AZU-0021",
        "AZU-0021",
        "azure-database-postgres-configuration-connection-throttling",
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
        &["connection_throttling", "connection_throttle.enable"],
        "repeated failed logins are not throttled",
    );
}
