use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-008",
    name: "compute-instance-integrity-monitoring-disabled",
    title: "VM disables Shielded VM integrity monitoring",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates with \
        `shielded_instance_config { enable_integrity_monitoring = false }` (the default is \
        on).\n\nIntegrity monitoring compares each boot's measurements with a known-good \
        baseline and reports deviations to Cloud Logging; without it, a compromised boot \
        chain raises no alert.",
    remediation: "Remove `enable_integrity_monitoring = false` or set it to `true` in \
        `shielded_instance_config`.",
    compliance: &["cis-gcp:4.8", "nist-800-53:SI-7", "soc2:CC7.2"],
    checkov: &["CKV_GCP_39"],
    trivy: &[
        "AVD-GCP-0045",
        "GCP-0045",
        "google-compute-enable-shielded-vm-im",
    ],
    references: &[
        "https://cloud.google.com/compute/shielded-vm/docs/integrity-monitoring",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#enable_integrity_monitoring",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((cfg, _)) = facts::gcp::first_block(cx.body(), "shielded_instance_config")
        && let Setting::Set(e) = facts::gcp::lookup(cx, cfg, "enable_integrity_monitoring")
        && e.node.as_bool() == Some(false)
    {
        cx.report(
            e.span(),
            "integrity monitoring is disabled (`enable_integrity_monitoring = false`)",
        );
    }
}
