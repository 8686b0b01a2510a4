use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-003",
    name: "compute-project-os-login-disabled",
    title: "Project metadata does not enable OS Login",
    severity: Severity::Medium,
    description: "Flags `google_compute_project_metadata` that does not set `enable-oslogin` \
        to true (OS Login is off unless enabled), and `google_compute_project_metadata_item` \
        resources that set it to false. Stays silent when another resource of the module sets \
        the key or an organization policy on `compute.requireOsLogin` is managed alongside.\
        \n\nWith OS Login off, SSH access to every VM of the project is granted by keys kept \
        in metadata rather than by IAM: access is not revoked when a person leaves, and there \
        is no per-user audit trail.",
    remediation: "Add `enable-oslogin = \"TRUE\"` to the project `metadata` (or a \
        `google_compute_project_metadata_item` with that key), or enforce the \
        `compute.requireOsLogin` organization policy.",
    compliance: &[
        "cis-gcp:4.4",
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_GCP_33"],
    trivy: &[
        "AVD-GCP-0042",
        "GCP-0042",
        "google-compute-project-level-oslogin",
    ],
    references: &[
        "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata",
    ],
    resource_kinds: &[
        "google_compute_project_metadata",
        "google_compute_project_metadata_item",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const KEY: &str = "enable-oslogin";

fn run(cx: &Ctx) {
    if cx.resource.kind == "google_compute_project_metadata_item" {
        if cx.body().get("key").and_then(Node::as_str) == Some(KEY)
            && let Setting::Set(e) = cx.setting("value")
            && facts::gcp::loose_bool(&e.node) == Some(false)
        {
            cx.report(
                e.span(),
                format!(
                    "project metadata `{KEY}` is {}, which turns OS Login off for the project",
                    facts::gcp::show(&e.node)
                ),
            );
        }
        return;
    }
    match facts::gcp::metadata(cx, cx.body(), KEY) {
        Setting::Set(e) => {
            if facts::gcp::loose_bool(&e.node) == Some(false) {
                cx.report(
                    e.span(),
                    format!(
                        "project metadata `{KEY}` is {}, which turns OS Login off for the project",
                        facts::gcp::show(&e.node)
                    ),
                );
            }
        }
        Setting::Unknown(_) => {}
        Setting::Missing => {
            if facts::gcp::project_metadata_bool(cx, KEY).is_some()
                || facts::gcp::org_policy_mentions(cx, "requireOsLogin")
            {
                return;
            }
            cx.report_missing(format!(
                "project metadata does not set `{KEY}`, so OS Login is off for the project"
            ));
        }
    }
}
