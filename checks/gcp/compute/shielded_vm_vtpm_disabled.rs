use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-007",
    name: "compute-instance-vtpm-disabled",
    title: "VM disables the Shielded VM virtual TPM",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates with \
        `shielded_instance_config { enable_vtpm = false }` (the default is on).\n\nThe virtual \
        TPM performs measured boot, which integrity monitoring relies on, and protects \
        secrets sealed to the VM; turning it off removes the record of what actually booted.",
    remediation: "Remove `enable_vtpm = false` or set `enable_vtpm = true` in \
        `shielded_instance_config`.",
    compliance: &["cis-gcp:4.8", "nist-800-53:SI-7", "soc2:CC6.8"],
    checkov: &["CKV_GCP_39"],
    trivy: &[
        "AVD-GCP-0041",
        "GCP-0041",
        "google-compute-enable-shielded-vm-vtpm",
    ],
    references: &[
        "https://cloud.google.com/compute/shielded-vm/docs/shielded-vm#vtpm",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#enable_vtpm",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((cfg, _)) = facts::gcp::first_block(cx.body(), "shielded_instance_config")
        && let Setting::Set(e) = facts::gcp::lookup(cx, cfg, "enable_vtpm")
        && e.node.as_bool() == Some(false)
    {
        cx.report(
            e.span(),
            "the virtual TPM is disabled (`enable_vtpm = false`)",
        );
    }
}
