use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-010",
    name: "compute-instance-ip-forwarding-enabled",
    title: "VM can forward IP packets",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates with `can_ip_forward = true`.\n\n\
        With IP forwarding on, the VM may send and receive packets whose addresses are not \
        its own: unless it is a deliberate network appliance (NAT, router, firewall), a \
        compromised VM can then spoof traffic or route around network controls.",
    remediation: "Remove `can_ip_forward` (it defaults to `false`). Keep it only on dedicated \
        network appliances, and restrict it with the `compute.vmCanIpForward` organization \
        policy.",
    compliance: &["cis-gcp:4.6", "nist-800-53:SC-7", "soc2:CC6.6"],
    checkov: &["CKV_GCP_36"],
    trivy: &[
        "AVD-GCP-0043",
        "GCP-0043",
        "google-compute-no-ip-forwarding",
    ],
    references: &[
        "https://cloud.google.com/vpc/docs/using-routes#canipforward",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Some((true, span)) = cx.bool_or("can_ip_forward", false) {
        cx.report(span, "IP forwarding is enabled (`can_ip_forward = true`)");
    }
}
