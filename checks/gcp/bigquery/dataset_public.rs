use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-BIGQUERY-001",
    name: "bigquery-dataset-public",
    title: "BigQuery dataset grants access to allUsers or allAuthenticatedUsers",
    severity: Severity::Critical,
    description: "Flags BigQuery datasets and tables opened to `allUsers` or \
        `allAuthenticatedUsers`: `access` blocks of `google_bigquery_dataset` and \
        `google_bigquery_dataset_access` resources (`special_group` or `iam_member`), and \
        dataset or table IAM members, bindings and policies.\n\nSuch a grant lets anyone on \
        the internet, or anyone with a Google account, query the data; analytics datasets \
        often hold customer records and other sensitive data in bulk.",
    remediation: "Remove the public `access` entries and IAM grants; share data with named \
        groups, service accounts or authorized views, and publish intentionally public data \
        through Analytics Hub.",
    compliance: &[
        "cis-gcp:7.1",
        "nist-800-53:AC-3",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
        "hipaa:164.312(a)(1)",
        "iso-27001:A.8.3",
    ],
    checkov: &["CKV_GCP_15"],
    trivy: &[
        "AVD-GCP-0046",
        "GCP-0046",
        "google-bigquery-no-public-access",
    ],
    references: &[
        "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access",
    ],
    resource_kinds: &[
        "google_bigquery_dataset",
        "google_bigquery_dataset_access",
        "google_bigquery_dataset_iam_member",
        "google_bigquery_dataset_iam_binding",
        "google_bigquery_dataset_iam_policy",
        "google_bigquery_table_iam_member",
        "google_bigquery_table_iam_binding",
        "google_bigquery_table_iam_policy",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn check_access(cx: &Ctx, access: &Node) {
    for key in ["special_group", "iam_member"] {
        if let Setting::Set(e) = facts::gcp::lookup(cx, access, key)
            && let Some(m) = e.node.as_str().filter(|m| facts::gcp::is_public_member(m))
        {
            let role = access
                .get("role")
                .and_then(Node::as_str)
                .unwrap_or("access");
            cx.report(e.span(), format!("dataset access grants {role} to {m}"));
        }
    }
}

fn run(cx: &Ctx) {
    match cx.resource.kind.as_str() {
        "google_bigquery_dataset" => {
            for (access, _) in facts::gcp::block_entries(cx.body(), "access") {
                check_access(cx, access);
            }
        }
        "google_bigquery_dataset_access" => check_access(cx, cx.body()),
        _ => {
            let grants = facts::gcp::iam_grants(cx);
            grants.note_for_members(cx);
            for g in grants.grants {
                if facts::gcp::is_public_member(&g.member) {
                    let role = g.role.as_deref().unwrap_or("a role");
                    cx.report_related(
                        g.span,
                        format!("IAM grants {role} to {}", g.member.trim()),
                        g.related,
                    );
                }
            }
        }
    }
}
