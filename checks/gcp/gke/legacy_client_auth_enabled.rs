use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-009",
    name: "gke-legacy-client-auth-enabled",
    title: "GKE cluster enables basic auth or client certificates",
    severity: Severity::High,
    description: "Flags `google_container_cluster` resources whose `master_auth` issues a \
        client certificate (`client_certificate_config { issue_client_certificate = true }`) \
        or sets a basic-auth `username` / `password`.\n\nThese are static, long-lived \
        credentials with cluster-admin rights that cannot be revoked individually: whoever \
        obtains them (from state, a CI log, a laptop) keeps full control of the cluster until \
        it is reconfigured.",
    remediation: "Remove `username` and `password` from `master_auth` and set \
        `issue_client_certificate = false` (or drop `client_certificate_config`); \
        authenticate with Google identities (`gcloud container clusters get-credentials`) and \
        RBAC.",
    compliance: &["nist-800-53:IA-2", "nist-800-53:IA-5", "soc2:CC6.1"],
    checkov: &["CKV_GCP_13", "CKV_GCP_19"],
    trivy: &[
        "AVD-GCP-0064",
        "GCP-0064",
        "google-gke-no-legacy-authentication",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_auth",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((auth, _)) = facts::gcp::first_block(cx.body(), "master_auth") else {
        return;
    };
    if let Some((ccc, _)) = facts::gcp::first_block(auth, "client_certificate_config")
        && let Setting::Set(e) = facts::gcp::lookup(cx, ccc, "issue_client_certificate")
        && e.node.as_bool() == Some(true)
    {
        cx.report(
            e.span(),
            "the cluster issues a client certificate with cluster-admin rights (`issue_client_certificate = true`)",
        );
    }
    for key in ["username", "password"] {
        if let Setting::Set(e) = facts::gcp::lookup(cx, auth, key)
            && e.node.as_str().is_some_and(|s| !s.is_empty())
        {
            cx.report(
                e.span(),
                format!("basic authentication is configured (`{key}` is set)"),
            );
        }
    }
}
