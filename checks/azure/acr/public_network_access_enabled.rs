use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, bool_at, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-ACR-002",
    name: "container-registry-public-network-access",
    title: "Container registry is reachable from any network",
    severity: Severity::Medium,
    description: "Flags `azurerm_container_registry` resources with \
        `public_network_access_enabled` unset or `true` (the provider default) and no \
        `network_rule_set` whose `default_action` is `Deny`.\n\n\
        The registry's login server then accepts connections from every address on the \
        internet. Leaked pull or push credentials (admin passwords, tokens, service principal \
        secrets) can be used from anywhere to download proprietary images or plant malicious \
        ones.",
    remediation: "Use the Premium SKU (private endpoints and network rules need it), then set \
        `public_network_access_enabled = false` and reach the registry through a private \
        endpoint, or add `network_rule_set { default_action = \"Deny\" }` with `ip_rule` \
        entries for the networks that need access.",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_139"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#public_network_access_enabled",
    ],
    resource_kinds: &["azurerm_container_registry"],
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
    match block(cx, body, "network_rule_set") {
        Block::Unknown => return,
        Block::Missing => {}
        Block::Present(_, rules) => match str_at(cx, rules, &["default_action"]) {
            Read::Value(a, _) if a.eq_ignore_ascii_case("Allow") => {}
            Read::Missing => {}
            _ => return,
        },
    }
    cx.report(
        span,
        "container registry accepts connections from any network: public network access is on \
         and no network rule set denies by default",
    );
}
