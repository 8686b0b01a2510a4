use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-FIREWALL-002",
    name: "firewall-rdp-open-to-internet",
    title: "Firewall rule allows RDP from the internet",
    severity: Severity::Critical,
    description: "Flags enabled ingress allow rules (VPC firewall rules and firewall policy rules) \
        that admit TCP port 3389 from `0.0.0.0/0` or `::/0`, including port ranges, rules \
        without a port list and `all`-protocol rules. A VPC firewall rule with no source \
        ranges, tags or service accounts counts as open: Google applies it to `0.0.0.0/0`. \
        Deny rules and egress rules are ignored.\n\nRemote Desktop exposed to the internet is \
        a favourite target of password spraying and of ransomware crews; RDP has also had \
        pre-authentication remote code execution flaws.",
    remediation: "Restrict `source_ranges` to the administrative CIDR blocks that need RDP, \
        or use Identity-Aware Proxy TCP forwarding or a bastion host instead of opening port \
        3389 to everyone.",
    compliance: &[
        "cis-gcp:3.7",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_GCP_3"],
    trivy: &["AVD-GCP-0070", "GCP-0070"],
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
        match allow.admits_tcp_port(3389) {
            Some(true) => facts::gcp::report_open(cx, &allow, "which includes RDP (3389)"),
            None => cx.note_unknown(allow.span, "ports"),
            Some(false) => {}
        }
    }
}
