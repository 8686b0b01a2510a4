use crate::check::prelude::*;
use crate::facts::azure_data::{self, Str, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-KEYVAULT-003",
    name: "key-vault-network-acl-default-allow",
    title: "Key Vault network ACL allows all networks by default",
    severity: Severity::High,
    description: "Flags `azurerm_key_vault` resources whose `network_acls` block sets \
        `default_action = \"Allow\"` while public network access is on. Vaults with \
        `public_network_access_enabled = false` are not reported, since the ACL then has no \
        effect. Vaults with no `network_acls` block at all are reported by AZURE-KEYVAULT-004.\n\n\
        With a default of `Allow`, the `ip_rules` and `virtual_network_subnet_ids` in the block \
        restrict nothing: the vault's data plane answers requests from any address, and a leaked \
        token or service principal secret can be used from anywhere.",
    remediation: "Set `default_action = \"Deny\"` in `network_acls`, list the allowed `ip_rules` \
        and `virtual_network_subnet_ids`, and keep `bypass = \"AzureServices\"` where trusted \
        services need access; or turn public network access off and use a private endpoint.",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_109"],
    trivy: &[
        "AVD-AZU-0013",
        "AZU-0013",
        "azure-keyvault-specify-network-acl",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/key-vault/general/network-security",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls",
    ],
    resource_kinds: &["azurerm_key_vault"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((true, _, _)) = azure_data::public_network_access(cx, true) else {
        return;
    };
    for acls in cx.body().blocks("network_acls") {
        if let Str::Value(v, span) = str_of(cx, acls, "default_action")
            && v.trim().eq_ignore_ascii_case("allow")
        {
            cx.report(
                span,
                "network ACL defaults to \"Allow\", so the key vault accepts requests from any network",
            );
        }
    }
}
