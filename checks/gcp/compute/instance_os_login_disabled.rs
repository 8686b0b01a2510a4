use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-002",
    name: "compute-instance-os-login-disabled",
    title: "VM turns OS Login off in its metadata",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates whose metadata sets \
        `enable-oslogin` to false, overriding the project setting.\n\nWithout OS Login, SSH \
        access is governed by keys pasted into metadata instead of IAM: removing a person from \
        IAM does not revoke their key, there is no per-user audit trail and 2-step \
        verification cannot be enforced.",
    remediation: "Remove `enable-oslogin` from the instance `metadata` (so the project's \
        `enable-oslogin = \"TRUE\"` applies) or set it to `\"TRUE\"`, and grant \
        `roles/compute.osLogin` to the people who need SSH.",
    compliance: &[
        "cis-gcp:4.4",
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_GCP_34"],
    trivy: &[
        "AVD-GCP-0036",
        "GCP-0036",
        "google-compute-no-oslogin-override",
    ],
    references: &[
        "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Setting::Set(e) = facts::gcp::metadata(cx, cx.body(), "enable-oslogin")
        && facts::gcp::loose_bool(&e.node) == Some(false)
    {
        cx.report(
            e.span(),
            format!(
                "metadata `enable-oslogin` is {}, which turns OS Login off for this VM",
                facts::gcp::show(&e.node)
            ),
        );
    }
}
