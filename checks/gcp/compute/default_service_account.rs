use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-008",
    name: "compute-instance-default-service-account",
    title: "VM runs as the Compute Engine default service account",
    severity: Severity::High,
    description: "Flags VM instances and instance templates whose `service_account` block \
        sets no `email` (the provider then attaches the Compute Engine default service \
        account) or names the default account \
        (`PROJECT_NUMBER-compute@developer.gserviceaccount.com`).\n\nThe default service \
        account is shared by every VM that does not choose another one and is granted the \
        Editor role on the project unless that grant was removed; code running on the VM, or \
        anyone who compromises it, inherits those rights.",
    remediation: "Create a dedicated `google_service_account` with only the roles the \
        workload needs and set its email in `service_account { email = ... }`.",
    compliance: &[
        "cis-gcp:4.1",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.3",
    ],
    checkov: &["CKV_GCP_30"],
    trivy: &[
        "AVD-GCP-0044",
        "GCP-0044",
        "google-compute-no-default-service-account",
    ],
    references: &[
        "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((_, span, how)) = facts::gcp::default_service_account(cx) {
        cx.report(
            span,
            format!("`service_account` {how}, so the VM runs as the Compute Engine default service account"),
        );
    }
}
