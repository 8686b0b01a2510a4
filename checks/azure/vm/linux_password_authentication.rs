use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-VM-001",
    name: "linux-vm-password-authentication-enabled",
    title: "Linux virtual machine allows SSH password authentication",
    severity: Severity::High,
    description: "Flags `azurerm_linux_virtual_machine` and \
        `azurerm_linux_virtual_machine_scale_set` resources that set \
        `disable_password_authentication = false`. The provider default is `true` (SSH keys \
        only), so a missing setting is not reported.\n\n\
        With password authentication on, the administrator account can be logged into with a \
        password over SSH: passwords are guessed, sprayed, reused and phished far more easily \
        than private keys, and an internet-facing VM sees brute-force attempts within minutes.",
    remediation: "Remove `admin_password`, add an `admin_ssh_key` block and set \
        `disable_password_authentication = true` (or remove the attribute).",
    compliance: &[
        "nist-800-53:IA-2",
        "nist-800-53:IA-5",
        "soc2:CC6.1",
        "iso-27001:A.8.5",
    ],
    checkov: &["CKV_AZURE_149", "CKV_AZURE_1"],
    trivy: &[
        "AVD-AZU-0039",
        "AZU-0039",
        "azure-compute-disable-password-authentication",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication",
    ],
    resource_kinds: &[
        "azurerm_linux_virtual_machine",
        "azurerm_linux_virtual_machine_scale_set",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Read::Value(false, span) = bool_at(cx, cx.body(), &["disable_password_authentication"]) {
        cx.report(
            span,
            "SSH password authentication is enabled (`disable_password_authentication = false`)",
        );
    }
}
