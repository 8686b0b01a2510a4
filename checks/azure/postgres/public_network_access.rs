use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-003",
    name: "postgres-public-network-access",
    title: "PostgreSQL server has public network access enabled",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_server` resources with `public_network_access_enabled` \
        unset or `true` (the single-server default is `true`), and \
        `azurerm_postgresql_flexible_server` resources that set it to `true` explicitly (a \
        flexible server's default depends on whether it is placed in a delegated subnet, so a \
        missing setting is not reported).\n\n\
        A server with public network access has an endpoint reachable from the internet, \
        guarded only by its firewall rules and passwords; private access through a virtual \
        network or private endpoint removes that attack surface.",
    remediation: "Set `public_network_access_enabled = false` and connect through a private \
        endpoint, or deploy flexible servers into a delegated subnet (`delegated_subnet_id`, \
        `private_dns_zone_id`).",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_68"],
    trivy: &[
        "AVD-AZU-0022",
        "AZU-0022",
        "azure-database-no-public-access",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-public",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#public_network_access_enabled",
    ],
    resource_kinds: &[
        "azurerm_postgresql_server",
        "azurerm_postgresql_flexible_server",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let single = cx.resource.kind == "azurerm_postgresql_server";
    match azure_data::public_network_access(cx, true) {
        Some((true, _, true)) if single => cx.report_missing(
            "PostgreSQL server does not set `public_network_access_enabled = false`, so its \
             endpoint is reachable from the internet",
        ),
        Some((true, span, false)) => cx.report(
            span,
            "PostgreSQL server has public network access enabled, so its endpoint is reachable from the internet",
        ),
        _ => {}
    }
}
