use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-005",
    name: "postgres-firewall-allows-azure-services",
    title: "PostgreSQL firewall allows access from all Azure services",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_firewall_rule` and \
        `azurerm_postgresql_flexible_server_firewall_rule` resources with start and end address \
        `0.0.0.0`, which Azure reads as \"allow public access from any Azure service\" (the \
        rule the portal calls `AllowAllWindowsAzureIps`).\n\n\
        The rule admits connections from every Azure datacenter address, including virtual \
        machines and functions in other customers' subscriptions: anyone can rent an Azure VM \
        and reach the server's login prompt.",
    remediation: "Delete the `0.0.0.0` rule and allow your Azure workloads through virtual \
        network integration, private endpoints or rules for their specific outbound addresses.",
    compliance: &[
        "cis-azure:4.3.7",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
    ],
    checkov: &["CKV2_AZURE_6"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules#connect-from-azure",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_firewall_rule",
    ],
    resource_kinds: azure_data::POSTGRES_FIREWALL_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some(r) = azure_data::firewall_range(cx)
        && r.is_azure_services()
    {
        cx.report(
            r.span,
            "firewall rule 0.0.0.0–0.0.0.0 allows connections from any Azure service, including \
             other customers' resources",
        );
    }
}
