use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-KMS-001",
    name: "kms-key-rotation-missing",
    title: "KMS key is not rotated at least every 90 days",
    severity: Severity::Medium,
    description: "Flags symmetric (`ENCRYPT_DECRYPT`) `google_kms_crypto_key` resources without \
        a `rotation_period`, or with one longer than 90 days (7776000s). Asymmetric and MAC \
        keys, which Cloud KMS cannot rotate automatically, are not flagged.\n\nA key that is \
        never rotated protects ever more data with the same material: if it leaks or is \
        broken, everything encrypted since its creation is exposed.",
    remediation: "Set `rotation_period = \"7776000s\"` (90 days) or shorter.",
    compliance: &[
        "cis-gcp:1.10",
        "nist-800-53:SC-12",
        "pci-dss:3.7.4",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_GCP_43"],
    trivy: &["AVD-GCP-0065", "GCP-0065", "google-kms-rotate-kms-keys"],
    references: &[
        "https://cloud.google.com/kms/docs/key-rotation",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period",
    ],
    resource_kinds: &["google_kms_crypto_key"],
    frameworks: &[Framework::Terraform],
    run,
};

const NINETY_DAYS: f64 = 7_776_000.0;

fn run(cx: &Ctx) {
    match cx.setting("purpose") {
        Setting::Missing => {}
        Setting::Set(e) if e.node.as_str() == Some("ENCRYPT_DECRYPT") => {}
        _ => return,
    }
    match cx.setting("rotation_period") {
        Setting::Missing => {
            cx.report_missing("key sets no `rotation_period`, so it is never rotated")
        }
        Setting::Set(e) => {
            let Some(text) = e.node.as_str() else { return };
            let Ok(seconds) = text.trim().trim_end_matches('s').parse::<f64>() else {
                return;
            };
            if seconds > NINETY_DAYS {
                cx.report(
                    e.span(),
                    format!(
                        "rotation period {text:?} is about {} days, longer than 90",
                        (seconds / 86_400.0).round()
                    ),
                );
            }
        }
        Setting::Unknown(_) => {}
    }
}
