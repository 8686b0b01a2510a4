use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-VM-004",
    name: "managed-disk-no-customer-managed-key",
    title: "Managed disk is encrypted with a platform-managed key",
    severity: Severity::Low,
    description: "Flags `azurerm_managed_disk` resources without `disk_encryption_set_id` (or \
        `secure_vm_disk_encryption_set_id` for confidential VM disks), so the disk is \
        encrypted with a key Microsoft manages.\n\n\
        Platform-managed keys protect against stolen hardware but not against access through \
        Azure itself: the key cannot be rotated on your schedule, its use is not logged in \
        your Key Vault, and access to the data cannot be revoked by disabling the key. Many \
        regulated workloads require customer-managed keys.",
    remediation: "Create an `azurerm_disk_encryption_set` backed by a Key Vault key and set \
        `disk_encryption_set_id` on the disk.",
    compliance: &["nist-800-53:SC-12", "nist-800-53:SC-28", "iso-27001:A.8.24"],
    checkov: &["CKV_AZURE_93"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#customer-managed-keys",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#disk_encryption_set_id",
    ],
    resource_kinds: &["azurerm_managed_disk"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    for key in ["disk_encryption_set_id", "secure_vm_disk_encryption_set_id"] {
        match str_at(cx, body, &[key]) {
            Read::Missing => {}
            Read::Value(v, span) if v.trim().is_empty() => {
                cx.report(
                    span,
                    "disk encryption set is empty, so the disk is encrypted with a \
                     platform-managed key",
                );
                return;
            }
            _ => return,
        }
    }
    cx.report_missing(
        "managed disk sets no `disk_encryption_set_id`, so it is encrypted with a \
         platform-managed key",
    );
}
