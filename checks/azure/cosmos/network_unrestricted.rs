use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, bool_at, strings_at};

pub static CHECK: Check = Check {
    id: "AZURE-COSMOS-002",
    name: "cosmosdb-network-unrestricted",
    title: "Cosmos DB account accepts connections from any network",
    severity: Severity::High,
    description: "Flags `azurerm_cosmosdb_account` resources whose public endpoint is on \
        (`public_network_access_enabled` unset or `true`) with no firewall: no \
        `ip_range_filter` entries and no virtual network filter \
        (`is_virtual_network_filter_enabled = true`).\n\n\
        Cosmos DB then accepts connections from every address on the internet; a leaked \
        account key or resource token is all an attacker needs to read or change the data.",
    remediation: "Set `public_network_access_enabled = false` and use private endpoints, or \
        list the allowed addresses in `ip_range_filter` and set \
        `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks for the \
        subnets that need access.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-3",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_99"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#ip_range_filter",
    ],
    resource_kinds: &["azurerm_cosmosdb_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    let span = match bool_at(cx, body, &["public_network_access_enabled"]) {
        Read::Value(false, _) | Read::Unknown => return,
        Read::Value(true, span) => span,
        Read::Missing => cx.resource.span,
    };
    // azurerm 3.x: a comma-separated string; 4.x: a set of strings.
    match strings_at(cx, body, &["ip_range_filter"], true) {
        Read::Unknown => return,
        Read::Value(v, _) if !v.is_empty() => return,
        _ => {}
    }
    match bool_at(cx, body, &["is_virtual_network_filter_enabled"]) {
        Read::Value(true, _) | Read::Unknown => return,
        _ => {}
    }
    if matches!(block(cx, body, "virtual_network_rule"), Block::Unknown) {
        return;
    }
    cx.report(
        span,
        "Cosmos DB account has a public endpoint with no IP or virtual network filter, so it \
         accepts connections from any address",
    );
}
