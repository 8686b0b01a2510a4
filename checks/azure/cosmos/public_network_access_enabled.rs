use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-COSMOS-001",
    name: "cosmosdb-public-network-access-enabled",
    title: "Cosmos DB account accepts traffic on its public endpoint",
    severity: Severity::Medium,
    description: "Flags `azurerm_cosmosdb_account` resources with `public_network_access_enabled` \
        unset or `true`; the provider default is `true`.\n\n\
        With public network access on, the account's endpoint is reachable from the internet \
        and only the IP and virtual network filters (see AZURE-COSMOS-002) and the account keys \
        stand between an attacker and the data. Accounts reached through private endpoints \
        should switch the public endpoint off.",
    remediation: "Set `public_network_access_enabled = false` and reach the account through an \
        `azurerm_private_endpoint`; if the public endpoint is needed, restrict it with \
        `ip_range_filter` and `virtual_network_rule`.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-3",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_101"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-private-endpoints",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled",
    ],
    resource_kinds: &["azurerm_cosmosdb_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(cx, cx.body(), &["public_network_access_enabled"]) {
        Read::Value(true, span) => cx.report(
            span,
            "Cosmos DB account accepts connections on its public endpoint \
             (`public_network_access_enabled = true`)",
        ),
        Read::Missing => cx.report_missing(
            "Cosmos DB account does not set `public_network_access_enabled = false`, so its \
             public endpoint is open",
        ),
        _ => {}
    }
}
