use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-007",
    name: "compute-instance-shielded-vm-monitoring-disabled",
    title: "VM disables the Shielded VM vTPM or integrity monitoring",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates whose `shielded_instance_config` \
        sets `enable_vtpm = false` or `enable_integrity_monitoring = false` (both default to \
        on).\n\nThe virtual TPM measures every boot component and integrity monitoring \
        compares those measurements with a known-good baseline, reporting deviations to Cloud \
        Logging: without them, a tampered bootloader or kernel raises no alert.",
    remediation: "Remove `enable_vtpm = false` and `enable_integrity_monitoring = false` from \
        `shielded_instance_config`, or set them to `true`.",
    compliance: &["cis-gcp:4.8", "nist-800-53:SI-7", "soc2:CC7.2"],
    checkov: &["CKV_GCP_39"],
    trivy: &[
        "AVD-GCP-0041",
        "GCP-0041",
        "google-compute-enable-shielded-vm-vtpm",
        "AVD-GCP-0045",
        "GCP-0045",
        "google-compute-enable-shielded-vm-im",
    ],
    references: &[
        "https://cloud.google.com/compute/shielded-vm/docs/integrity-monitoring",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((cfg, _)) = facts::gcp::first_block(cx.body(), "shielded_instance_config") else {
        return;
    };
    for (key, what) in [
        ("enable_vtpm", "the virtual TPM is disabled"),
        (
            "enable_integrity_monitoring",
            "integrity monitoring is disabled",
        ),
    ] {
        if let Setting::Set(e) = facts::gcp::lookup(cx, cfg, key)
            && e.node.as_bool() == Some(false)
        {
            cx.report(e.span(), format!("{what} (`{key} = false`)"));
        }
    }
}
