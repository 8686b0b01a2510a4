use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-002",
    name: "gke-master-authorized-networks-missing",
    title: "GKE control plane is reachable from any address",
    severity: Severity::High,
    description: "Flags `google_container_cluster` resources with a public control-plane \
        endpoint and no `master_authorized_networks_config` block, or whose authorized \
        networks include `0.0.0.0/0`. Clusters with `enable_private_endpoint = true` or the \
        IP endpoint disabled are not flagged.\n\nWithout authorized networks, the Kubernetes \
        API server answers anyone on the internet: every API or authentication flaw, and \
        every leaked kubeconfig or token, is exploitable from anywhere.",
    remediation: "Add `master_authorized_networks_config` with `cidr_blocks` for the networks \
        that administer the cluster, or make the endpoint private \
        (`private_cluster_config { enable_private_endpoint = true }`).",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-17",
        "soc2:CC6.6",
        "pci-dss:1.3.1",
    ],
    checkov: &["CKV_GCP_20"],
    trivy: &[
        "AVD-GCP-0061",
        "GCP-0061",
        "google-gke-enable-master-networks",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

/// `Some(true)` when the public endpoint is known to be off, `None` when that is unknown.
fn endpoint_private(cx: &Ctx) -> Option<bool> {
    let body = cx.body();
    if let Some((pcc, _)) = facts::gcp::first_block(body, "private_cluster_config") {
        match facts::gcp::lookup(cx, pcc, "enable_private_endpoint") {
            Setting::Unknown(_) => return None,
            Setting::Set(e) if e.node.as_bool() == Some(true) => return Some(true),
            _ => {}
        }
    }
    if let Some(ip) = body.path("control_plane_endpoints_config.ip_endpoints_config")
        && let Some(enabled) = ip.get("enabled")
    {
        if enabled.is_unknown() {
            return None;
        }
        if enabled.as_bool() == Some(false) {
            return Some(true);
        }
    }
    Some(false)
}

fn run(cx: &Ctx) {
    if endpoint_private(cx) != Some(false) {
        return;
    }
    let Some((man, _)) = facts::gcp::first_block(cx.body(), "master_authorized_networks_config")
    else {
        if !matches!(
            cx.setting("master_authorized_networks_config"),
            Setting::Unknown(_)
        ) {
            cx.report_missing(
                "cluster has no `master_authorized_networks_config`, so its public control-plane endpoint accepts connections from any address",
            );
        }
        return;
    };
    for (block, _) in facts::gcp::block_entries(man, "cidr_blocks") {
        if let Some(c) = block.get("cidr_block")
            && let Some(cidr) = c.as_str().filter(|s| crate::net::is_internet(s))
        {
            cx.report(
                c.span,
                format!("authorized network {cidr} lets any address reach the control plane"),
            );
        }
    }
}
