use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-IAM-001",
    name: "iam-primitive-role-granted",
    title: "Basic Owner or Editor role granted",
    severity: Severity::High,
    description: "Flags project, folder and organization IAM members, bindings and policies \
        that grant the basic roles `roles/owner` or `roles/editor`.\n\nBasic roles predate \
        IAM's fine-grained roles: Editor can change almost every resource in scope and Owner \
        can also change IAM itself. Whoever holds them, or steals their credentials, controls \
        everything below the grant.",
    remediation: "Grant predefined or custom roles that cover only the services and actions \
        each principal needs (for example `roles/compute.instanceAdmin.v1`), and keep Owner \
        for a small break-glass group.",
    compliance: &[
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.3",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_GCP_117"],
    trivy: &[],
    references: &[
        "https://cloud.google.com/iam/docs/understanding-roles#basic",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
    ],
    resource_kinds: &[
        "google_project_iam_member",
        "google_project_iam_binding",
        "google_project_iam_policy",
        "google_folder_iam_member",
        "google_folder_iam_binding",
        "google_folder_iam_policy",
        "google_organization_iam_member",
        "google_organization_iam_binding",
        "google_organization_iam_policy",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn is_basic(role: &str) -> bool {
    matches!(role, "roles/owner" | "roles/editor")
}

fn run(cx: &Ctx) {
    let grants = facts::gcp::iam_grants(cx);
    grants.note_for_roles(cx, is_basic);
    for g in grants.grants {
        let Some(role) = g.role.as_deref() else {
            continue;
        };
        if is_basic(role) {
            cx.report_related(
                g.span,
                format!("grants the basic role {role:?} to {}", g.member.trim()),
                g.related,
            );
        }
    }
}
