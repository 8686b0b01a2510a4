use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-004",
    name: "key-vault-public-network-access-unrestricted",
    title: "Key Vault is reachable from any network",
    severity: Severity::High,
    description: "Flags `azurerm_key_vault` resources with public network access on \
        (`public_network_access_enabled` unset or `true`; the provider default is `true`) and \
        no `network_acls` block, which Azure treats as allowing every network. Vaults whose \
        `network_acls` default to `Allow` are reported by AZURE-KEYVAULT-003 instead.\n\n\
        Such a vault's data plane is open to the whole internet: its keys and secrets are \
        protected only by Microsoft Entra ID credentials, so any leaked token, client secret or \
        over-broad access policy can be exploited from anywhere.",
    remediation: "Set `public_network_access_enabled = false` and reach the vault through a \
        private endpoint, or add `network_acls { default_action = \"Deny\", bypass = \
        \"AzureServices\", ip_rules = [...], virtual_network_subnet_ids = [...] }`.",
    compliance: &[
        "cis-azure:8.7",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AZURE_189"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/general/network-security",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#public_network_access_enabled",
    ],
    resource_kinds: &["azurerm_key_vault"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((true, span, defaulted)) = azure_data::public_network_access(cx, true) else {
        return;
    };
    if cx.body().entry("network_acls").is_some() {
        return;
    }
    if defaulted {
        cx.report_missing(
            "key vault has public network access on by default and no `network_acls`, so it \
             accepts requests from any network",
        );
    } else {
        cx.report(
            span,
            "key vault has public network access on and no `network_acls`, so it accepts \
             requests from any network",
        );
    }
}
