use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-KMS-001",
    name: "kms-key-rotation-disabled",
    title: "KMS key rotation is disabled",
    severity: Severity::Medium,
    description: "Flags symmetric encryption `aws_kms_key` resources whose \
        `enable_key_rotation` is unset (the default is off) or `false`. Asymmetric and HMAC \
        keys (`customer_master_key_spec` other than `SYMMETRIC_DEFAULT`) and keys in a custom \
        or external key store are skipped: AWS cannot rotate them automatically. In \
        CloudFormation, flags `AWS::KMS::Key` resources whose `EnableKeyRotation` is unset or \
        `false`, skipping keys with another `KeySpec` or an `Origin` other than `AWS_KMS` \
        (imported key material).\n\nWithout \
        rotation the same key material protects data for the key's whole life, so any \
        exposure of it stays useful to an attacker indefinitely and more data depends on it \
        over time. Automatic rotation replaces the material yearly (or on the period you set) \
        without re-encrypting anything.",
    remediation: "Set `enable_key_rotation = true` on the key (optionally with \
        `rotation_period_in_days`).",
    compliance: &[
        "cis-aws:3.6",
        "nist-800-53:SC-12",
        "pci-dss:3.7.4",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_7"],
    trivy: &["AVD-AWS-0065", "AWS-0065", "aws-kms-auto-rotate-keys"],
    references: &[
        "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation",
    ],
    resource_kinds: &["aws_kms_key"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    // Only symmetric encryption keys whose material AWS KMS holds can rotate.
    match cx.setting("customer_master_key_spec") {
        Setting::Missing => {}
        Setting::Unknown(_) => return,
        Setting::Set(e) => {
            if e.node.as_str() != Some("SYMMETRIC_DEFAULT") {
                return;
            }
        }
    }
    for store in ["custom_key_store_id", "xks_key_id"] {
        if !matches!(cx.setting(store), Setting::Missing) {
            return;
        }
    }
    // CloudFormation's `Origin` (the provider has a separate resource for imported material):
    // only keys whose material KMS generates can rotate.
    match cx.setting("origin") {
        Setting::Missing => {}
        Setting::Unknown(_) => return,
        Setting::Set(e) => {
            if e.node.as_str() != Some("AWS_KMS") {
                return;
            }
        }
    }
    let (attr, set_false) = if cx.resource.framework == Framework::CloudFormation {
        ("EnableKeyRotation", "EnableKeyRotation: false")
    } else {
        ("enable_key_rotation", "enable_key_rotation = false")
    };
    match cx.bool_or("enable_key_rotation", false) {
        Some((false, span)) if matches!(cx.setting("enable_key_rotation"), Setting::Missing) => cx
            .report(
                span,
                format!("key does not set `{attr}`, so its key material is never rotated"),
            ),
        Some((false, span)) => cx.report(span, format!("key rotation is disabled (`{set_false}`)")),
        _ => {}
    }
}
