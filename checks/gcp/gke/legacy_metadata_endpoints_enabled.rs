use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-008",
    name: "gke-legacy-metadata-endpoints-enabled",
    title: "GKE nodes serve the legacy metadata endpoints",
    severity: Severity::Medium,
    description: "Flags node configurations of GKE clusters and node pools whose `metadata` \
        sets `disable-legacy-endpoints` to false (GKE disables the endpoints by default).\n\n\
        The legacy `v0.1` and `v1beta1` metadata endpoints do not require the \
        `Metadata-Flavor: Google` header, so server-side request forgery in any pod can read \
        instance metadata, including credentials.",
    remediation: "Remove `disable-legacy-endpoints` from the node `metadata` or set it to \
        `\"true\"`.",
    compliance: &["nist-800-53:CM-7", "nist-800-53:SC-7", "soc2:CC6.1"],
    checkov: &[],
    trivy: &[
        "AVD-GCP-0048",
        "GCP-0048",
        "google-gke-metadata-endpoints-disabled",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#metadata",
    ],
    resource_kinds: &["google_container_cluster", "google_container_node_pool"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for (nc, _) in facts::gcp::node_configs(cx.resource) {
        if let Setting::Set(e) = facts::gcp::metadata(cx, nc, "disable-legacy-endpoints")
            && facts::gcp::loose_bool(&e.node) == Some(false)
        {
            cx.report(
                e.span(),
                format!(
                    "metadata `disable-legacy-endpoints` is {}, so the legacy metadata endpoints answer without the Metadata-Flavor header",
                    facts::gcp::show(&e.node)
                ),
            );
        }
    }
}
