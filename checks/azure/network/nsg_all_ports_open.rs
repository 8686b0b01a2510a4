use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-NETWORK-003",
    name: "nsg-all-ports-open-to-internet",
    title: "Network security group allows all ports from the internet",
    severity: Severity::Critical,
    description: "Flags inbound `Allow` rules (inline `security_rule` of \
        `azurerm_network_security_group`, or `azurerm_network_security_rule`) whose destination \
        ports are `*` or `0-65535`, over any protocol but ICMP, and whose source is the \
        internet: `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` prefix.\n\n\
        Such a rule exposes every service on the protected machines, including databases, \
        management ports and debugging endpoints that were never meant to be reachable, and \
        makes the security group meaningless as a boundary.",
    remediation: "Open only the ports the workload serves (for example 443) and restrict \
        management ports to known address ranges or Azure Bastion.",
    compliance: &[
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
    ],
    resource_kinds: azure_data::NSG_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for rule in azure_data::nsg_rules(cx.resource) {
        if !rule.inbound_allow()
            || rule.all_ports() != Some(true)
            || rule.protocol_in(&["tcp", "udp"]) != Some(true)
        {
            continue;
        }
        for (src, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "inbound {} allows source \"{src}\" to all ports",
                    rule.label()
                ),
            );
        }
    }
}
