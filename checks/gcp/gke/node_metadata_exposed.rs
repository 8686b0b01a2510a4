use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-005",
    name: "gke-node-metadata-exposed",
    title: "GKE node pool exposes the Compute Engine metadata server to pods",
    severity: Severity::High,
    description: "Flags node configurations of GKE clusters and node pools whose \
        `workload_metadata_config` sets `mode = \"GCE_METADATA\"` (or the older \
        `node_metadata = \"EXPOSE\"` / `\"UNSPECIFIED\"`).\n\nPods on such nodes can query the \
        Compute Engine metadata server directly: they obtain the node service account's \
        access tokens and the kubelet's bootstrap credentials, a well-known path from one \
        compromised pod to the whole cluster.",
    remediation: "Set `workload_metadata_config { mode = \"GKE_METADATA\" }` in `node_config` \
        and enable Workload Identity on the cluster.",
    compliance: &["nist-800-53:AC-6", "nist-800-53:SC-7", "soc2:CC6.1"],
    checkov: &["CKV_GCP_69"],
    trivy: &[
        "AVD-GCP-0057",
        "GCP-0057",
        "google-gke-node-metadata-security",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config",
    ],
    resource_kinds: &["google_container_cluster", "google_container_node_pool"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for (nc, _) in facts::gcp::node_configs(cx.resource) {
        for (wmc, _) in facts::gcp::block_entries(nc, "workload_metadata_config") {
            for key in ["mode", "node_metadata"] {
                if let Setting::Set(e) = facts::gcp::lookup(cx, wmc, key)
                    && let Some(v) = e
                        .node
                        .as_str()
                        .filter(|v| matches!(*v, "GCE_METADATA" | "EXPOSE" | "UNSPECIFIED"))
                {
                    cx.report(
                        e.span(),
                        format!("`{key} = {v:?}` lets pods reach the node's metadata server and credentials"),
                    );
                }
            }
        }
    }
}
