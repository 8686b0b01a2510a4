use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-011",
    name: "gke-shielded-nodes-disabled",
    title: "GKE cluster disables Shielded GKE Nodes",
    severity: Severity::Medium,
    description: "Flags `google_container_cluster` resources with `enable_shielded_nodes = \
        false` (the provider default is `true`).\n\nShielded GKE Nodes give every node a \
        verifiable identity and boot integrity; without them, an attacker who obtains node \
        bootstrap credentials, for example from a pod that reaches the metadata server, can \
        impersonate a node and read the secrets of pods scheduled on it.",
    remediation: "Remove `enable_shielded_nodes = false` or set it to `true`.",
    compliance: &["nist-800-53:SI-7", "nist-800-53:IA-3", "soc2:CC6.8"],
    checkov: &["CKV_GCP_71"],
    trivy: &[
        "AVD-GCP-0055",
        "GCP-0055",
        "google-gke-node-shielding-enabled",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_shielded_nodes",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((false, span)) = cx.bool_or("enable_shielded_nodes", true) {
        cx.report(
            span,
            "Shielded GKE Nodes are disabled (`enable_shielded_nodes = false`)",
        );
    }
}
