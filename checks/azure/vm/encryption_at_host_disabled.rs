use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-VM-003",
    name: "vm-encryption-at-host-disabled",
    title: "Virtual machine does not use encryption at host",
    severity: Severity::Low,
    description: "Flags `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine` and \
        their scale set resources with `encryption_at_host_enabled` unset or `false` (the \
        provider default).\n\n\
        Managed disks are encrypted at rest by the storage service, but the VM's temporary \
        disk, ephemeral OS disk and the host-side caches of its managed disks are only encrypted \
        with encryption at host. Swap files, temp files and cached blocks of sensitive data \
        otherwise sit unencrypted on the host.",
    remediation: "Register the `EncryptionAtHost` feature for the subscription and set \
        `encryption_at_host_enabled = true` (the VM must be deallocated to change it).",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_97"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#encryption_at_host_enabled",
    ],
    resource_kinds: &[
        "azurerm_linux_virtual_machine",
        "azurerm_windows_virtual_machine",
        "azurerm_linux_virtual_machine_scale_set",
        "azurerm_windows_virtual_machine_scale_set",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(cx, cx.body(), &["encryption_at_host_enabled"]) {
        Read::Value(false, span) => cx.report(
            span,
            "encryption at host is off, so the temporary disk and disk caches are not encrypted",
        ),
        Read::Missing => cx.report_missing(
            "virtual machine does not set `encryption_at_host_enabled = true`, so its temporary \
             disk and disk caches are not encrypted",
        ),
        _ => {}
    }
}
