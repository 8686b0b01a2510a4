use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-STORAGE-004",
    name: "storage-bucket-versioning-disabled",
    title: "Bucket does not keep object versions",
    severity: Severity::Low,
    description: "Flags `google_storage_bucket` resources without `versioning { enabled = true }` \
        (versioning is off by default).\n\nWithout object versioning, an overwrite or delete, \
        whether accidental, by a faulty job or by an attacker or ransomware holding write \
        access, destroys the only copy of the data.",
    remediation: "Add `versioning { enabled = true }` and a `lifecycle_rule` that deletes \
        noncurrent versions after a retention period, or protect the data with a retention \
        policy or soft delete.",
    compliance: &["nist-800-53:CP-9", "soc2:A1.2", "iso-27001:A.8.13"],
    checkov: &["CKV_GCP_78"],
    trivy: &[
        "AVD-GCP-0078",
        "GCP-0078",
        "google-storage-enable-bucket-versioning",
    ],
    references: &[
        "https://cloud.google.com/storage/docs/object-versioning",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#versioning",
    ],
    resource_kinds: &["google_storage_bucket"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((v, header)) = facts::gcp::first_block(cx.body(), "versioning") else {
        if !matches!(cx.setting("versioning"), Setting::Unknown(_)) {
            cx.report_missing("bucket has no `versioning` block, so object versioning is off");
        }
        return;
    };
    match facts::gcp::lookup(cx, v, "enabled") {
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            "object versioning is disabled (`enabled = false`)",
        ),
        Setting::Missing => cx.report(header, "`versioning` does not set `enabled = true`"),
        _ => {}
    }
}
