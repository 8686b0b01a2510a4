use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-010",
    name: "gke-release-channel-unspecified",
    title: "GKE cluster is not enrolled in a release channel",
    severity: Severity::Low,
    description: "Flags `google_container_cluster` resources that set `release_channel { \
        channel = \"UNSPECIFIED\" }`, which takes the cluster out of release channels. A \
        missing block is not flagged: GKE then enrolls new clusters in a channel by default.\
        \n\nOutside a release channel, control-plane and node versions are managed by hand: \
        security patches arrive only when someone upgrades, and versions drift out of \
        support.",
    remediation: "Set `release_channel { channel = \"REGULAR\" }` (or `STABLE` / `RAPID`) and \
        use maintenance windows and exclusions to control when upgrades happen.",
    compliance: &["nist-800-53:SI-2", "soc2:CC7.1"],
    checkov: &["CKV_GCP_70"],
    trivy: &[],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#release_channel",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((rc, _)) = facts::gcp::first_block(cx.body(), "release_channel")
        && let Setting::Set(e) = facts::gcp::lookup(cx, rc, "channel")
        && e.node.as_str() == Some("UNSPECIFIED")
    {
        cx.report(
            e.span(),
            "`channel = \"UNSPECIFIED\"` takes the cluster out of release channels",
        );
    }
}
