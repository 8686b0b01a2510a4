use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-004",
    name: "compute-instance-project-ssh-keys-allowed",
    title: "VM accepts project-wide SSH keys",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates whose metadata does not set \
        `block-project-ssh-keys` to true (project-wide keys are accepted by default). Stays \
        silent when OS Login is enabled on the VM or in the project metadata of the module, \
        since metadata SSH keys are then ignored.\n\nA key in project metadata opens every VM \
        of the project that does not block it: one leaked key gives access to all of them, \
        and it cannot be scoped to the VMs its owner actually needs.",
    remediation: "Set `block-project-ssh-keys = \"TRUE\"` in the instance `metadata` and use \
        instance-level keys, or better, enable OS Login (`enable-oslogin = \"TRUE\"`).",
    compliance: &[
        "cis-gcp:4.3",
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_GCP_32"],
    trivy: &[
        "AVD-GCP-0030",
        "GCP-0030",
        "google-compute-no-project-wide-ssh-keys",
    ],
    references: &[
        "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

const KEY: &str = "block-project-ssh-keys";

fn run(cx: &Ctx) {
    let blocked = facts::gcp::metadata(cx, cx.body(), KEY);
    let span = match blocked {
        Setting::Unknown(_) => return,
        Setting::Set(e) => match facts::gcp::loose_bool(&e.node) {
            Some(false) => Some(e),
            _ => return,
        },
        Setting::Missing => None,
    };
    // With OS Login on (or possibly on), metadata SSH keys are not used at all.
    match facts::gcp::metadata(cx, cx.body(), "enable-oslogin") {
        Setting::Unknown(_) => return,
        Setting::Set(e) => match facts::gcp::loose_bool(&e.node) {
            Some(false) => {}
            _ => return,
        },
        Setting::Missing => {
            if !matches!(
                facts::gcp::project_metadata_bool(cx, "enable-oslogin"),
                None | Some(Some(false))
            ) || facts::gcp::org_policy_mentions(cx, "requireOsLogin")
            {
                return;
            }
        }
    }
    match span {
        Some(e) => cx.report(
            e.span(),
            format!(
                "metadata `{KEY}` is {}, so project-wide SSH keys can log in to this VM",
                facts::gcp::show(&e.node)
            ),
        ),
        None => cx.report_missing(format!(
            "metadata does not set `{KEY}`, so project-wide SSH keys can log in to this VM"
        )),
    }
}
