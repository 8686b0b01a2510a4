use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, all_blocks, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-VM-002",
    name: "legacy-vm-password-authentication-enabled",
    title: "Legacy virtual machine allows SSH password authentication",
    severity: Severity::High,
    description: "Flags `azurerm_virtual_machine` resources (the resource superseded by \
        `azurerm_linux_virtual_machine`) whose `os_profile_linux_config` sets \
        `disable_password_authentication = false`.\n\n\
        The administrator account then accepts passwords over SSH: passwords are guessed, \
        sprayed, reused and phished far more easily than private keys, and an internet-facing \
        VM sees brute-force attempts within minutes.",
    remediation: "Set `disable_password_authentication = true` in `os_profile_linux_config`, add \
        `ssh_keys`, and drop `admin_password` from `os_profile`; better, move to \
        `azurerm_linux_virtual_machine`.",
    compliance: &[
        "nist-800-53:IA-2",
        "nist-800-53:IA-5",
        "soc2:CC6.1",
        "iso-27001:A.8.5",
    ],
    checkov: &["CKV_AZURE_1"],
    trivy: &[
        "AVD-AZU-0039",
        "AZU-0039",
        "azure-compute-disable-password-authentication",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine#disable_password_authentication",
    ],
    resource_kinds: &["azurerm_virtual_machine"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some(configs) = all_blocks(cx, cx.body(), "os_profile_linux_config") else {
        return;
    };
    for (_, config) in configs {
        if let Read::Value(false, span) = bool_at(cx, config, &["disable_password_authentication"])
        {
            cx.report(
                span,
                "SSH password authentication is enabled (`disable_password_authentication = false`)",
            );
        }
    }
}
