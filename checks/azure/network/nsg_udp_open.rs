use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-NETWORK-004",
    name: "nsg-udp-open-to-internet",
    title: "Network security group allows UDP from the internet",
    severity: Severity::High,
    description: "Flags inbound `Allow` rules with `protocol = \"Udp\"` (inline `security_rule` of \
        `azurerm_network_security_group`, or `azurerm_network_security_rule`) whose source is \
        the internet: `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` prefix. Rules for all \
        protocols are left to the port-specific checks.\n\n\
        UDP services such as DNS, NTP, SNMP, SSDP or memcached that answer the internet are \
        abused to amplify distributed denial-of-service attacks, and many of them leak \
        information or accept unauthenticated commands.",
    remediation: "Restrict the rule's `source_address_prefix(es)` to the peers that need the \
        service, or remove the rule; put public UDP services behind Azure DDoS Protection.",
    compliance: &[
        "cis-azure:6.3",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AZURE_77"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/security/fundamentals/ddos-best-practices",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
    ],
    resource_kinds: azure_data::NSG_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for rule in azure_data::nsg_rules(cx.resource) {
        if !rule.inbound_allow() || rule.protocol.as_deref() != Some("udp") {
            continue;
        }
        for (src, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "inbound {} allows UDP from source \"{src}\" to {}",
                    rule.label(),
                    rule.describe_ports()
                ),
            );
        }
    }
}
