use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-004",
    name: "postgres-firewall-allows-all",
    title: "PostgreSQL firewall rule allows the whole internet",
    severity: Severity::Critical,
    description: "Flags `azurerm_postgresql_firewall_rule` and \
        `azurerm_postgresql_flexible_server_firewall_rule` resources whose range spans every \
        public IPv4 address (typically `0.0.0.0`–`255.255.255.255`). The `0.0.0.0`–`0.0.0.0` \
        rule that allows Azure services is reported by AZURE-POSTGRES-005.\n\n\
        Such a rule disables the server firewall: the database accepts connection attempts from \
        any address, leaving only passwords between the internet and the data.",
    remediation: "Replace the rule with rules for the specific addresses that need access, or \
        move the server into a virtual network (delegated subnet or private endpoint).",
    compliance: &[
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV2_AZURE_26"],
    trivy: &[
        "AVD-AZU-0029",
        "AZU-0029",
        "azure-database-no-public-firewall-access",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_firewall_rule",
    ],
    resource_kinds: azure_data::POSTGRES_FIREWALL_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    azure_data::report_open_firewall(cx, "PostgreSQL server");
}
