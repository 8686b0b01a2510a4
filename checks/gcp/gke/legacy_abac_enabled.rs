use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-GKE-001",
    name: "gke-legacy-abac-enabled",
    title: "GKE cluster enables legacy ABAC authorization",
    severity: Severity::High,
    description: "Flags `google_container_cluster` resources with `enable_legacy_abac = true`.\
        \n\nLegacy attribute-based access control grants broad, static permissions outside \
        Kubernetes RBAC: service accounts and users can receive cluster-wide rights that RBAC \
        reviews do not show and cannot narrow.",
    remediation: "Remove `enable_legacy_abac` (it defaults to `false`) and grant access with \
        Kubernetes RBAC roles and IAM.",
    compliance: &["nist-800-53:AC-3", "nist-800-53:AC-6", "soc2:CC6.1"],
    checkov: &["CKV_GCP_7"],
    trivy: &[
        "AVD-GCP-0062",
        "GCP-0062",
        "google-gke-use-rbac-permissions",
    ],
    references: &[
        "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac",
    ],
    resource_kinds: &["google_container_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((true, span)) = cx.bool_or("enable_legacy_abac", false) {
        cx.report(
            span,
            "legacy ABAC authorization is enabled (`enable_legacy_abac = true`)",
        );
    }
}
