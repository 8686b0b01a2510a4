use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-001",
    name: "compute-serial-port-enabled",
    title: "Interactive serial console access is enabled",
    severity: Severity::Medium,
    description: "Flags VM instances, instance templates and project metadata that set the \
        metadata key `serial-port-enable` to true (`\"TRUE\"`, `\"1\"`, ...).\n\nThe \
        interactive serial console accepts connections from any IP address: firewall rules \
        do not apply to it, so anyone with the right key or a stolen credential can reach the \
        VM's console regardless of how the network is locked down.",
    remediation: "Remove `serial-port-enable` from `metadata` (or set it to `\"FALSE\"`); \
        enable the serial console only temporarily while troubleshooting, or enforce the \
        `compute.disableSerialPortAccess` organization policy.",
    compliance: &[
        "cis-gcp:4.5",
        "nist-800-53:CM-7",
        "nist-800-53:AC-17",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_GCP_35"],
    trivy: &["AVD-GCP-0032", "GCP-0032", "google-compute-no-serial-port"],
    references: &[
        "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
    ],
    resource_kinds: &[
        "google_compute_instance",
        "google_compute_instance_template",
        "google_compute_region_instance_template",
        "google_compute_project_metadata",
        "google_compute_project_metadata_item",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const KEY: &str = "serial-port-enable";

fn run(cx: &Ctx) {
    if cx.resource.kind == "google_compute_project_metadata_item" {
        if cx.body().get("key").and_then(Node::as_str) == Some(KEY)
            && let Setting::Set(e) = cx.setting("value")
            && facts::gcp::loose_bool(&e.node) == Some(true)
        {
            cx.report(
                e.span(),
                format!(
                    "project metadata `{KEY}` is {}, which opens the serial console of every VM in the project",
                    facts::gcp::show(&e.node)
                ),
            );
        }
        return;
    }
    if let Setting::Set(e) = facts::gcp::metadata(cx, cx.body(), KEY)
        && facts::gcp::loose_bool(&e.node) == Some(true)
    {
        let scope = if cx.resource.kind == "google_compute_project_metadata" {
            "of every VM in the project"
        } else {
            "of the VM"
        };
        cx.report(
            e.span(),
            format!(
                "metadata `{KEY}` is {}, which opens the interactive serial console {scope}",
                facts::gcp::show(&e.node)
            ),
        );
    }
}
