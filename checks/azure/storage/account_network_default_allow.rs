use crate::check::prelude::*;
use crate::facts::azure_data::{self, Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-004",
    name: "storage-account-network-default-allow",
    title: "Storage account network rules allow all networks by default",
    severity: Severity::High,
    description: "Flags storage account network rules whose `default_action` is `Allow`, on an \
        inline `network_rules` block of `azurerm_storage_account` or on an \
        `azurerm_storage_account_network_rules` resource, and storage accounts with public \
        network access on (the default) that have no network rules at all, which Azure treats as \
        allowing every network. Accounts with public network access turned off are not \
        reported, and neither are accounts that an `azurerm_storage_account_network_rules` \
        resource might configure.\n\n\
        With a default of `Allow`, the account's endpoints accept connections from any address on \
        the internet; the only remaining barrier is the credential, and leaked account keys or \
        SAS tokens can then be used from anywhere.",
    remediation: "Set `default_action = \"Deny\"` in `network_rules` (or in \
        `azurerm_storage_account_network_rules`) and list the allowed `ip_rules` and \
        `virtual_network_subnet_ids`, keep `bypass = [\"AzureServices\"]` where trusted Azure \
        services need access, or set `public_network_access_enabled = false` and use private \
        endpoints.",
    compliance: &[
        "cis-azure:3.8",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_35"],
    trivy: &[
        "AVD-AZU-0012",
        "AZU-0012",
        "azure-storage-default-action-deny",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules",
    ],
    resource_kinds: &[
        "azurerm_storage_account",
        "azurerm_storage_account_network_rules",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const RULES_KIND: &str = "azurerm_storage_account_network_rules";
const RULES_LINKS: &[(&str, &str)] = &[
    ("storage_account_id", "id"),
    ("storage_account_name", "name"),
];

fn report_allow(cx: &Ctx, rules: &Node) {
    if let Str::Value(v, span) = str_of(cx, rules, "default_action")
        && v.trim().eq_ignore_ascii_case("allow")
    {
        cx.report(
            span,
            "network rules default to \"Allow\", so the storage account accepts connections from any network",
        );
    }
}

fn run(cx: &Ctx) {
    if cx.resource.kind == RULES_KIND {
        report_allow(cx, cx.body());
        return;
    }
    let Some((public, _, _)) = azure_data::public_network_access(cx, true) else {
        return;
    };
    if !public {
        return;
    }
    match cx.body().entry("network_rules") {
        Some(e) if e.node.is_unknown() => cx.note_unknown(e.span(), "network_rules"),
        Some(_) => {
            for rules in cx.body().blocks("network_rules") {
                report_allow(cx, rules);
            }
        }
        None => {
            if azure_data::has_companion(cx, RULES_KIND, RULES_LINKS) {
                return;
            }
            cx.report_missing(
                "storage account has public network access and no network rules, so it accepts \
                 connections from any network",
            );
        }
    }
}
