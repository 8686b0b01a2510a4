use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-006",
    name: "gke-network-policy-disabled",
    title: "GKE cluster does not enforce network policies",
    severity: Severity::Medium,
    description: "Flags Standard `google_container_cluster` resources that neither enable \
        `network_policy { enabled = true }` nor use GKE Dataplane V2 \
        (`datapath_provider = \"ADVANCED_DATAPATH\"`), which enforces policies natively. \
        Autopilot clusters are not flagged.\n\nWithout network policy enforcement, \
        Kubernetes `NetworkPolicy` objects are silently ignored and every pod can reach every \
        other pod: one compromised workload can probe and attack all the others.",
    remediation: "Set `datapath_provider = \"ADVANCED_DATAPATH\"` (Dataplane V2) or add \
        `network_policy { enabled = true }` with `addons_config { network_policy_config { \
        disabled = false } }`, then write NetworkPolicies for each namespace.",
    compliance: &["nist-800-53:SC-7", "nist-800-53:AC-4", "soc2:CC6.6"],
    checkov: &["CKV_GCP_12"],
    trivy: &[
        "AVD-GCP-0056",
        "GCP-0056",
        "google-gke-enable-network-policy",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if facts::gcp::gke_autopilot(cx) != Some(false) {
        return;
    }
    match cx.setting("datapath_provider") {
        Setting::Unknown(_) => return,
        Setting::Set(e) if e.node.as_str() == Some("ADVANCED_DATAPATH") => return,
        _ => {}
    }
    let Some((np, header)) = facts::gcp::first_block(cx.body(), "network_policy") else {
        if !matches!(cx.setting("network_policy"), Setting::Unknown(_)) {
            cx.report_missing(
                "cluster has no `network_policy` and does not use Dataplane V2, so NetworkPolicies are not enforced",
            );
        }
        return;
    };
    match facts::gcp::lookup(cx, np, "enabled") {
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            "network policy enforcement is disabled (`enabled = false`)",
        ),
        Setting::Missing => cx.report(header, "`network_policy` does not set `enabled = true`"),
        _ => {}
    }
}
