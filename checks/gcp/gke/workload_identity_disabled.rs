use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-004",
    name: "gke-workload-identity-disabled",
    title: "GKE cluster does not enable Workload Identity",
    severity: Severity::Medium,
    description: "Flags Standard `google_container_cluster` resources without a \
        `workload_identity_config` block (Autopilot clusters always have Workload Identity).\
        \n\nWithout Workload Identity, pods call Google APIs with the node's service account: \
        every pod on a node shares its permissions, and any pod can read the node's \
        credentials and other metadata from the metadata server.",
    remediation: "Add `workload_identity_config { workload_pool = \"PROJECT_ID.svc.id.goog\" }` \
        and set `workload_metadata_config { mode = \"GKE_METADATA\" }` on node pools; bind \
        Kubernetes service accounts to dedicated Google service accounts.",
    compliance: &["nist-800-53:AC-6", "soc2:CC6.3"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if facts::gcp::gke_autopilot(cx) != Some(false) {
        return;
    }
    match facts::gcp::first_block(cx.body(), "workload_identity_config") {
        None => {
            if !matches!(cx.setting("workload_identity_config"), Setting::Unknown(_)) {
                cx.report_missing(
                    "cluster has no `workload_identity_config`, so pods use the node's service account",
                );
            }
        }
        Some((wi, header)) => {
            if let Setting::Set(e) = facts::gcp::lookup(cx, wi, "workload_pool")
                && e.node.as_str().is_some_and(|p| p.trim().is_empty())
            {
                cx.report(
                    e.span(),
                    "`workload_pool` is empty, so Workload Identity is off",
                );
            } else if matches!(
                facts::gcp::lookup(cx, wi, "workload_pool"),
                Setting::Missing
            ) {
                cx.report(header, "`workload_identity_config` sets no `workload_pool`");
            }
        }
    }
}
