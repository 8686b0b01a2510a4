use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-006",
    name: "compute-instance-secure-boot-disabled",
    title: "VM does not enable Shielded VM Secure Boot",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates without \
        `shielded_instance_config { enable_secure_boot = true }`: the provider default is \
        `false`.\n\nSecure Boot checks the signature of every boot component and refuses to \
        run unsigned or tampered bootloaders, kernels and drivers; without it, a rootkit or \
        bootkit that survives reboots goes unnoticed.",
    remediation: "Add `shielded_instance_config { enable_secure_boot = true }` (with \
        `enable_vtpm` and `enable_integrity_monitoring` left on) and use a Shielded \
        VM-compatible image; the `compute.requireShieldedVm` organization policy enforces it.",
    compliance: &[
        "cis-gcp:4.8",
        "nist-800-53:SI-7",
        "nist-800-53:CM-6",
        "soc2:CC6.8",
    ],
    checkov: &[],
    trivy: &[
        "AVD-GCP-0067",
        "GCP-0067",
        "google-compute-enable-shielded-vm-sb",
    ],
    references: &[
        "https://cloud.google.com/compute/shielded-vm/docs/shielded-vm#secure-boot",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((cfg, header)) = facts::gcp::first_block(cx.body(), "shielded_instance_config") else {
        if matches!(cx.setting("shielded_instance_config"), Setting::Unknown(_)) {
            return;
        }
        cx.report_missing(
            "VM has no `shielded_instance_config`, so Secure Boot is off (the default)",
        );
        return;
    };
    match facts::gcp::lookup(cx, cfg, "enable_secure_boot") {
        Setting::Missing => cx.report(
            header,
            "`shielded_instance_config` does not set `enable_secure_boot`, so Secure Boot is off (the default)",
        ),
        Setting::Set(e) if e.node.as_bool() == Some(false) => {
            cx.report(e.span(), "Secure Boot is disabled (`enable_secure_boot = false`)")
        }
        _ => {}
    }
}
