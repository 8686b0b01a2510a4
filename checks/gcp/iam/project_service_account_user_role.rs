use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-IAM-003",
    name: "iam-project-service-account-user-role",
    title: "Service Account User or Token Creator granted on the whole project",
    severity: Severity::High,
    description: "Flags project-level IAM members, bindings and policies that grant \
        `roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator`.\n\nGranted \
        on the project, these roles let the member act as every service account in it, \
        including ones with far more privileges than the member itself: a direct path to \
        privilege escalation.",
    remediation: "Grant the role on the specific service accounts the member needs to use \
        (`google_service_account_iam_member` with `service_account_id`), not on the project.",
    compliance: &[
        "cis-gcp:1.6",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.3",
    ],
    checkov: &["CKV_GCP_41"],
    trivy: &[
        "AVD-GCP-0011",
        "GCP-0011",
        "google-iam-no-project-level-service-account-impersonation",
    ],
    references: &[
        "https://cloud.google.com/iam/docs/service-account-permissions",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam",
    ],
    resource_kinds: facts::gcp::PROJECT_IAM_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn is_impersonation(role: &str) -> bool {
    matches!(
        role,
        "roles/iam.serviceAccountUser" | "roles/iam.serviceAccountTokenCreator"
    )
}

fn run(cx: &Ctx) {
    let grants = facts::gcp::iam_grants(cx);
    grants.note_for_roles(cx, is_impersonation);
    for g in grants.grants {
        let Some(role) = g.role.as_deref() else {
            continue;
        };
        if is_impersonation(role) {
            cx.report_related(
                g.span,
                format!(
                    "grants {role:?} on the whole project to {}, which can then act as any service account in it",
                    g.member.trim()
                ),
                g.related,
            );
        }
    }
}
