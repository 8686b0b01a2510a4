use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-NETWORK-002",
    name: "nsg-ssh-open-to-internet",
    title: "Network security group allows SSH from the internet",
    severity: Severity::Critical,
    description: "Flags inbound `Allow` rules (inline `security_rule` of \
        `azurerm_network_security_group`, or `azurerm_network_security_rule`) over TCP or any \
        protocol whose destination ports include 22 (a single port, a range, a list or `*`) and \
        whose source is the internet: `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` prefix. \
        Higher-priority deny rules are not taken into account.\n\n\
        SSH open to the internet is brute-forced within minutes of exposure; a weak password, a \
        leaked key or an unpatched daemon becomes a foothold in the network.",
    remediation: "Restrict `source_address_prefix(es)` to known administrative ranges, or remove \
        the rule and reach machines through Azure Bastion or just-in-time VM access.",
    compliance: &[
        "cis-azure:6.2",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_10"],
    trivy: &[
        "AVD-AZU-0050",
        "AZU-0050",
        "azure-network-ssh-blocked-from-internet",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group",
    ],
    resource_kinds: azure_data::NSG_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    azure_data::report_open_port(cx, 22, &["tcp"], "SSH");
}
