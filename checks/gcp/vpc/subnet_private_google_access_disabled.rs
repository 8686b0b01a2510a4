use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-VPC-002",
    name: "vpc-subnet-private-google-access-disabled",
    title: "Subnet does not enable Private Google Access",
    severity: Severity::Low,
    description: "Flags regular `google_compute_subnetwork` resources that do not set \
        `private_ip_google_access = true` (off by default). Proxy-only, Private Service \
        Connect and other special-purpose subnets are not flagged.\n\nWithout Private Google \
        Access, VMs without external IP addresses cannot reach Google APIs, which pushes \
        teams to give VMs public addresses or broad internet egress just to reach Cloud \
        Storage or Artifact Registry.",
    remediation: "Set `private_ip_google_access = true` on the subnetwork.",
    compliance: &["nist-800-53:SC-7", "soc2:CC6.6"],
    checkov: &["CKV_GCP_74"],
    trivy: &[
        "AVD-GCP-0075",
        "GCP-0075",
        "google-compute-enable-subnetwork-private-google-access",
    ],
    references: &[
        "https://cloud.google.com/vpc/docs/private-google-access",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#private_ip_google_access",
    ],
    resource_kinds: &["google_compute_subnetwork"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if facts::gcp::subnet_is_regular(cx) != Some(true) {
        return;
    }
    match cx.bool_or("private_ip_google_access", false) {
        Some((false, span)) if matches!(cx.setting("private_ip_google_access"), Setting::Missing) => {
            cx.report(
                span,
                "subnetwork does not set `private_ip_google_access`, so VMs without external IPs cannot reach Google APIs",
            )
        }
        Some((false, span)) => cx.report(
            span,
            "Private Google Access is disabled (`private_ip_google_access = false`)",
        ),
        _ => {}
    }
}
