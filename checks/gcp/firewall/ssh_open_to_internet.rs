use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-FIREWALL-001",
    name: "firewall-ssh-open-to-internet",
    title: "Firewall rule allows SSH from the internet",
    severity: Severity::Critical,
    description: "Flags enabled ingress allow rules (VPC firewall rules and firewall policy rules) \
        that admit TCP port 22 from `0.0.0.0/0` or `::/0`, including port ranges such as \
        `\"20-30\"`, rules without a port list and `all`-protocol rules. A VPC firewall rule \
        with no source ranges, tags or service accounts counts as open: Google applies it to \
        `0.0.0.0/0`. Deny rules and egress rules are ignored.\n\nAn SSH daemon reachable from \
        the whole internet is scanned and brute-forced continuously; one weak key, leaked \
        credential or unpatched daemon gives an attacker a shell inside the VPC.",
    remediation: "Restrict `source_ranges` to the administrative CIDR blocks that need SSH, \
        or reach instances through Identity-Aware Proxy TCP forwarding (source range \
        `35.235.240.0/20`) or a bastion host instead of opening port 22 to everyone.",
    compliance: &[
        "cis-gcp:3.6",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_GCP_2"],
    trivy: &[
        "AVD-GCP-0071",
        "GCP-0071",
        "google-compute-restrict-ssh-access",
    ],
    references: &[
        "https://cloud.google.com/firewall/docs/firewalls",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
    ],
    resource_kinds: facts::gcp::FIREWALL_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for allow in facts::gcp::open_allows(cx) {
        match allow.admits_tcp_port(22) {
            Some(true) => facts::gcp::report_open(cx, &allow, "which includes SSH (22)"),
            None => cx.note_unknown(allow.span, "ports"),
            Some(false) => {}
        }
    }
}
