use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-IAM-002",
    name: "iam-service-account-key-created",
    title: "User-managed service account key is created",
    severity: Severity::Medium,
    description: "Flags `google_service_account_key` resources: each creates a user-managed \
        key for a service account. Unless `public_key_data` is uploaded, Google generates the \
        key pair and the private key is written to the Terraform state.\n\nUser-managed keys \
        are long-lived bearer credentials: they are copied into CI systems, laptops and \
        repositories, are rarely rotated, and anyone who finds one acts as the service \
        account until the key is deleted.",
    remediation: "Remove the key and use keyless authentication: attached service accounts on \
        Google Cloud, Workload Identity on GKE, Workload Identity Federation for external CI, \
        or service account impersonation for people. The \
        `iam.disableServiceAccountKeyCreation` organization policy prevents new keys.",
    compliance: &[
        "cis-gcp:1.4",
        "nist-800-53:IA-5",
        "nist-800-53:AC-2",
        "soc2:CC6.1",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key",
    ],
    resource_kinds: &["google_service_account_key"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match cx.setting("public_key_data") {
        Setting::Missing => cx.report_missing(
            "creates a user-managed service account key whose private key is stored in the Terraform state",
        ),
        _ => cx.report_missing("uploads a user-managed key for the service account"),
    }
}
