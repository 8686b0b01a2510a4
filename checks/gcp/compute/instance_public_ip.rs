use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-COMPUTE-005",
    name: "compute-instance-public-ip",
    title: "VM has an external IP address",
    severity: Severity::Medium,
    description: "Flags VM instances and instance templates with an `access_config` block in a \
        `network_interface`, which gives the VM an external (public) IPv4 address.\n\nA VM \
        with an external address is directly reachable from the internet: its exposure then \
        rests on firewall rules alone, and a single overly broad rule publishes every service \
        it runs.",
    remediation: "Remove the `access_config` block; reach the VM through Identity-Aware Proxy \
        or a bastion, give it outbound access through Cloud NAT, and publish services through \
        a load balancer. The `compute.vmExternalIpAccess` organization policy enforces this.",
    compliance: &[
        "cis-gcp:4.9",
        "nist-800-53:SC-7",
        "pci-dss:1.4.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_GCP_40"],
    trivy: &["AVD-GCP-0031", "GCP-0031", "google-compute-no-public-ip"],
    references: &[
        "https://cloud.google.com/compute/docs/ip-addresses#externaladdresses",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config",
    ],
    resource_kinds: facts::gcp::INSTANCE_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for (nic, _) in facts::gcp::block_entries(cx.body(), "network_interface") {
        for (_, span) in facts::gcp::block_entries(nic, "access_config") {
            cx.report(
                span,
                "network interface has an `access_config`, which assigns an external IP address",
            );
        }
    }
}
