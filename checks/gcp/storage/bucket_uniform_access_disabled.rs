use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-STORAGE-003",
    name: "storage-bucket-uniform-access-disabled",
    title: "Bucket does not use uniform bucket-level access",
    severity: Severity::Medium,
    description: "Flags `google_storage_bucket` resources that do not set \
        `uniform_bucket_level_access = true`; new buckets use fine-grained (ACL) access \
        unless it is set or an organization policy enforces it.\n\nWith fine-grained access, \
        every object can carry its own ACL: access is then scattered over millions of object \
        ACLs that IAM reviews do not show, and one public object ACL is enough to leak data.",
    remediation: "Set `uniform_bucket_level_access = true` and grant access through bucket IAM; \
        the `storage.uniformBucketLevelAccess` organization policy enforces it for new \
        buckets.",
    compliance: &[
        "cis-gcp:5.2",
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_GCP_29"],
    trivy: &["AVD-GCP-0002", "GCP-0002", "google-storage-enable-ubla"],
    references: &[
        "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access",
    ],
    resource_kinds: &["google_storage_bucket"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match cx.setting("uniform_bucket_level_access") {
        Setting::Missing => cx.report_missing(
            "bucket does not set `uniform_bucket_level_access`, so object ACLs stay in effect",
        ),
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            "uniform bucket-level access is disabled (`uniform_bucket_level_access = false`)",
        ),
        _ => {}
    }
}
