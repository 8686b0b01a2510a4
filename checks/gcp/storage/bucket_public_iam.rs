use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-STORAGE-001",
    name: "storage-bucket-public-iam",
    title: "Bucket IAM grants access to allUsers or allAuthenticatedUsers",
    severity: Severity::Critical,
    description: "Flags `google_storage_bucket_iam_member`, `google_storage_bucket_iam_binding` \
        and `google_storage_bucket_iam_policy` resources that grant a role to `allUsers` \
        (anyone on the internet) or `allAuthenticatedUsers` (anyone with a Google account). \
        Policies are read from literal JSON, `jsonencode` and `google_iam_policy` data \
        sources.\n\nA public grant exposes every object the role covers to the whole \
        internet; buckets opened this way are one of the most common sources of cloud data \
        leaks.",
    remediation: "Grant roles to specific users, groups or service accounts instead of \
        `allUsers` / `allAuthenticatedUsers`; serve public content through Cloud CDN or a \
        load balancer with signed URLs, and enforce `public_access_prevention = \"enforced\"` \
        on buckets that must stay private.",
    compliance: &[
        "cis-gcp:5.1",
        "nist-800-53:AC-3",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
        "hipaa:164.312(a)(1)",
        "iso-27001:A.8.3",
    ],
    checkov: &["CKV_GCP_28"],
    trivy: &[
        "AVD-GCP-0001",
        "GCP-0001",
        "google-storage-no-public-access",
    ],
    references: &[
        "https://cloud.google.com/storage/docs/access-control/iam",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam",
    ],
    resource_kinds: &[
        "google_storage_bucket_iam_member",
        "google_storage_bucket_iam_binding",
        "google_storage_bucket_iam_policy",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let grants = facts::gcp::iam_grants(cx);
    grants.note_for_members(cx);
    for g in grants.grants {
        if !facts::gcp::is_public_member(&g.member) {
            continue;
        }
        let who = if g.member.trim() == "allUsers" {
            "anyone on the internet"
        } else {
            "anyone with a Google account"
        };
        let role = g
            .role
            .as_deref()
            .map(|r| format!("role {r:?}"))
            .unwrap_or_else(|| "a role".to_string());
        cx.report_related(
            g.span,
            format!("bucket IAM grants {role} to {} ({who})", g.member.trim()),
            g.related,
        );
    }
}
