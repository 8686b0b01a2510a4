use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-007",
    name: "gke-node-auto-upgrade-disabled",
    title: "GKE node pool has automatic upgrades disabled",
    severity: Severity::Medium,
    description: "Flags GKE node pools (`google_container_node_pool` and inline `node_pool` \
        blocks) with `management { auto_upgrade = false }` (the default is on).\n\nNodes that \
        are not upgraded keep running old Kubernetes and node OS versions, missing security \
        patches for the kubelet, the container runtime and the kernel.",
    remediation: "Set `management { auto_upgrade = true }` (or remove `auto_upgrade = false`) \
        and control the timing with maintenance windows and a release channel.",
    compliance: &["nist-800-53:SI-2", "soc2:CC7.1"],
    checkov: &["CKV_GCP_10"],
    trivy: &["AVD-GCP-0058", "GCP-0058", "google-gke-enable-auto-upgrade"],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#auto_upgrade",
    ],
    resource_kinds: &["google_container_cluster", "google_container_node_pool"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for (pool, _) in facts::gcp::node_pools(cx.resource) {
        for (m, _) in facts::gcp::block_entries(pool, "management") {
            if let Setting::Set(e) = facts::gcp::lookup(cx, m, "auto_upgrade")
                && e.node.as_bool() == Some(false)
            {
                cx.report(
                    e.span(),
                    "node auto-upgrade is disabled (`auto_upgrade = false`)",
                );
            }
        }
    }
}
