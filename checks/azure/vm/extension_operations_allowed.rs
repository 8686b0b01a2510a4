use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at, has_referrer};

pub static CHECK: Check = Check {
    id: "AZURE-VM-005",
    name: "vm-extension-operations-allowed",
    title: "Virtual machine allows extension operations",
    severity: Severity::Low,
    description: "Flags `azurerm_linux_virtual_machine` and `azurerm_windows_virtual_machine` \
        resources with `allow_extension_operations` (`extension_operations_enabled` in newer \
        provider versions) unset or `true` — the provider default — when no \
        `azurerm_virtual_machine_extension` in the configuration targets the VM.\n\n\
        VM extensions run arbitrary code as root or SYSTEM inside the guest (Custom Script, Run \
        Command, VMAccess resets passwords and SSH keys). Anyone holding \
        `Microsoft.Compute/virtualMachines/extensions/write` on the VM can use them to take it \
        over; a VM that needs no extensions should not accept them.",
    remediation: "Set `allow_extension_operations = false` on VMs that use no extensions (it \
        cannot be turned off while extensions are installed), and restrict the extension write \
        permission through Azure RBAC or Azure Policy.",
    compliance: &["nist-800-53:CM-7", "nist-800-53:AC-6", "soc2:CC6.1"],
    checkov: &["CKV_AZURE_50"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-machines/extensions/overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#allow_extension_operations",
    ],
    resource_kinds: &[
        "azurerm_linux_virtual_machine",
        "azurerm_windows_virtual_machine",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let setting = bool_at(
        cx,
        cx.body(),
        &["allow_extension_operations", "extension_operations_enabled"],
    );
    if !matches!(setting, Read::Missing | Read::Value(true, _)) {
        return;
    }
    // Extensions installed by this configuration need the setting on.
    if has_referrer(
        cx,
        "azurerm_virtual_machine_extension",
        "virtual_machine_id",
        "id",
    ) {
        return;
    }
    match setting {
        Read::Value(_, span) => cx.report(
            span,
            "extension operations are allowed, so anyone with extension write access can run \
             code as root or SYSTEM on the VM",
        ),
        _ => cx.report_missing(
            "virtual machine does not set `allow_extension_operations = false`, so anyone with \
             extension write access can run code as root or SYSTEM on it",
        ),
    }
}
