use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-003",
    name: "gke-private-nodes-disabled",
    title: "GKE nodes get public IP addresses",
    severity: Severity::Medium,
    description: "Flags `google_container_cluster` resources without \
        `private_cluster_config { enable_private_nodes = true }`: by default every node gets \
        an external IP address.\n\nNodes with external addresses are reachable from the \
        internet wherever a firewall rule, NodePort or host port allows it, and can reach the \
        internet without passing through a controlled egress point.",
    remediation: "Add `private_cluster_config { enable_private_nodes = true }` (with a \
        `master_ipv4_cidr_block` where required) and give nodes outbound access through \
        Cloud NAT.",
    compliance: &["nist-800-53:SC-7", "soc2:CC6.6", "pci-dss:1.4.1"],
    checkov: &["CKV_GCP_25", "CKV_GCP_64"],
    trivy: &[
        "AVD-GCP-0059",
        "GCP-0059",
        "google-gke-enable-private-cluster",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((pcc, header)) = facts::gcp::first_block(cx.body(), "private_cluster_config") else {
        if !matches!(cx.setting("private_cluster_config"), Setting::Unknown(_)) {
            cx.report_missing(
                "cluster has no `private_cluster_config`, so its nodes get external IP addresses",
            );
        }
        return;
    };
    match facts::gcp::lookup(cx, pcc, "enable_private_nodes") {
        Setting::Missing => cx.report(
            header,
            "`private_cluster_config` does not set `enable_private_nodes = true`, so nodes get external IP addresses",
        ),
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            "private nodes are disabled (`enable_private_nodes = false`)",
        ),
        _ => {}
    }
}
