use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-011",
    name: "compute-disk-no-customer-key",
    title: "Disk is encrypted with a Google-managed key",
    severity: Severity::Low,
    description: "Flags persistent disks that are not encrypted with a customer-managed (Cloud \
        KMS) or customer-supplied key: `google_compute_disk` and `google_compute_region_disk` \
        without `disk_encryption_key`, VM boot disks created from an image without \
        `kms_key_self_link` or `disk_encryption_key_raw`, and instance template disks \
        without `disk_encryption_key`. Disks attached by `source` are judged on the disk \
        resource itself.\n\nGoogle encrypts every disk at rest, but with keys you cannot \
        rotate, disable or audit: a customer key lets you revoke access to the data and \
        prove who used it.",
    remediation: "Set `disk_encryption_key { kms_key_self_link = ... }` on disks and \
        templates, or `boot_disk { kms_key_self_link = ... }` on instances, with a Cloud KMS \
        key the Compute Engine service agent can use.",
    compliance: &[
        "cis-gcp:4.7",
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_GCP_37", "CKV_GCP_38"],
    trivy: &[
        "AVD-GCP-0033",
        "GCP-0033",
        "google-compute-vm-disk-encryption-customer-key",
    ],
    references: &[
        "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key",
    ],
    resource_kinds: &[
        "google_compute_disk",
        "google_compute_region_disk",
        "google_compute_instance",
        "google_compute_instance_template",
        "google_compute_region_instance_template",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const INSTANCE_KEYS: &[&str] = &[
    "kms_key_self_link",
    "disk_encryption_key_raw",
    "disk_encryption_key_rsa",
];

fn has_any(node: &Node, keys: &[&str]) -> bool {
    keys.iter()
        .any(|k| node.get(k).is_some_and(|n| !n.is_null()))
}

fn run(cx: &Ctx) {
    let body = cx.body();
    match cx.resource.kind.as_str() {
        "google_compute_disk" | "google_compute_region_disk" => {
            if !has_any(body, &["disk_encryption_key"]) {
                cx.report_missing(
                    "disk has no `disk_encryption_key`, so it uses a Google-managed key",
                );
            }
        }
        "google_compute_instance" => {
            if let Some((boot, header)) = facts::gcp::first_block(body, "boot_disk")
                && !has_any(boot, &["source"])
                && !has_any(boot, INSTANCE_KEYS)
            {
                cx.report(
                    header,
                    "boot disk sets no `kms_key_self_link` or customer-supplied key, so it uses a Google-managed key",
                );
            }
        }
        _ => {
            for (disk, header) in facts::gcp::block_entries(body, "disk") {
                if !has_any(disk, &["source", "disk_encryption_key"]) {
                    cx.report(
                        header,
                        "template disk has no `disk_encryption_key`, so it uses a Google-managed key",
                    );
                }
            }
        }
    }
}
