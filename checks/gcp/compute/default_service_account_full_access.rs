use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-009",
    name: "compute-instance-default-service-account-full-access",
    title: "VM runs as the default service account with full Cloud API access",
    severity: Severity::High,
    description: "Flags VM instances and instance templates that use the Compute Engine \
        default service account (no `email`, or the default account's email) with the \
        `cloud-platform` scope.\n\nThe scope no longer limits what the VM's credentials can \
        do, and the default account usually holds Editor on the project: any process on the \
        VM, or anyone who reaches its metadata server, can read and change almost everything \
        in the project.",
    remediation: "Attach a dedicated, least-privileged service account \
        (`service_account { email = google_service_account.app.email }`); if the default \
        account must stay, replace `cloud-platform` with the narrow scopes the workload needs.",
    compliance: &[
        "cis-gcp:4.2",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.3",
    ],
    checkov: &["CKV_GCP_31"],
    trivy: &[],
    references: &[
        "https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#scopes",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn is_full_scope(s: &str) -> bool {
    matches!(
        s.trim(),
        "cloud-platform" | "https://www.googleapis.com/auth/cloud-platform"
    )
}

fn run(cx: &Ctx) {
    let Some((sa, _, how)) = facts::gcp::default_service_account(cx) else {
        return;
    };
    let Setting::Set(scopes) = facts::gcp::lookup(cx, sa, "scopes") else {
        return;
    };
    let Some(list) = facts::gcp::string_list(&scopes.node) else {
        return;
    };
    for (scope, span) in list.into_iter().filter(|(s, _)| is_full_scope(s)) {
        cx.report(
            span,
            format!(
                "scope {scope:?} gives the Compute Engine default service account (`service_account` {how}) full access to Cloud APIs"
            ),
        );
    }
}
