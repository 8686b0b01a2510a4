use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-STORAGE-005",
    name: "storage-bucket-logging-disabled",
    title: "Bucket does not record usage logs",
    severity: Severity::Low,
    description: "Flags `google_storage_bucket` resources without a `logging { log_bucket = ... }` \
        block. Buckets that receive the usage logs of another bucket in the module are not \
        flagged.\n\nUsage and storage logs record who downloaded or changed which object; \
        without them (or Data Access audit logs), investigating a leak from the bucket has \
        little to go on.",
    remediation: "Add `logging { log_bucket = google_storage_bucket.logs.name }` pointing at a \
        dedicated log bucket, or enable Data Access audit logs for Cloud Storage.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_GCP_62"],
    trivy: &[
        "AVD-GCP-0077",
        "GCP-0077",
        "google-storage-enable-bucket-logging",
    ],
    references: &[
        "https://cloud.google.com/storage/docs/access-logs",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#logging",
    ],
    resource_kinds: &["google_storage_bucket"],
    frameworks: &[Framework::Terraform],
    run,
};

/// True when another bucket of the module ships its usage logs to this one.
fn is_log_target(cx: &Ctx) -> bool {
    if cx
        .graph
        .referrers(cx.id, "google_storage_bucket", "logging")
        .next()
        .is_some()
    {
        return true;
    }
    let Some(name) = cx.body().get("name").and_then(Node::as_str) else {
        return false;
    };
    cx.graph.of_kind("google_storage_bucket").any(|(_, r)| {
        r.unit == cx.resource.unit
            && r.body
                .path("logging.log_bucket")
                .and_then(Node::as_str)
                .is_some_and(|b| b == name)
    })
}

fn run(cx: &Ctx) {
    match facts::gcp::first_block(cx.body(), "logging") {
        Some((l, header)) => {
            if matches!(facts::gcp::lookup(cx, l, "log_bucket"), Setting::Missing) {
                cx.report(header, "`logging` does not set `log_bucket`");
            }
        }
        None => {
            if matches!(cx.setting("logging"), Setting::Unknown(_)) || is_log_target(cx) {
                return;
            }
            cx.report_missing("bucket has no `logging` block, so usage logs are not recorded");
        }
    }
}
