use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-007",
    name: "postgres-log-checkpoints-off",
    title: "PostgreSQL server does not log checkpoints",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_configuration` (single server) and \
        `azurerm_postgresql_flexible_server_configuration` resources that set the server \
        parameter `log_checkpoints` to `off`. The parameter is on by default, so servers \
        without such a resource are not reported.\n\n\
        Checkpoint logs show when and how \
        long the server flushes data to disk; they are needed to diagnose performance \
        problems and to notice write bursts, such as mass updates or deletions, in the \
        server logs.",
    remediation: "Remove the configuration resource or set its `value` to `on`.",
    compliance: &[
        "cis-azure:4.3.2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_30"],
    trivy: &[
        "AVD-AZU-0024",
        "AZU-0024",
        "azure-database-postgres-configuration-log-checkpoints",
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
        &["log_checkpoints"],
        "checkpoints are not logged",
    );
}
