use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-FIREWALL-003",
    name: "firewall-all-ports-open-to-internet",
    title: "Firewall rule allows every port from the internet",
    severity: Severity::High,
    description: "Flags enabled ingress allow rules (VPC firewall rules and firewall policy rules) \
        that admit every port from `0.0.0.0/0` or `::/0`: protocol `all`, or `tcp`, `udp` or \
        `sctp` without a port list or with a range covering 1-65535. A VPC firewall rule with \
        no source ranges, tags or service accounts counts as open: Google applies it to \
        `0.0.0.0/0`. Deny rules and egress rules are ignored.\n\nSuch a rule publishes every \
        service the targeted instances run, including databases, admin consoles and debug \
        ports that were never meant to leave the network.",
    remediation: "List only the protocols and `ports` the service needs in each `allow` block \
        and restrict `source_ranges` to known networks.",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &[],
    trivy: &["AVD-GCP-0072", "GCP-0072"],
    references: &[
        "https://cloud.google.com/firewall/docs/firewalls",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall#allow",
    ],
    resource_kinds: facts::gcp::FIREWALL_KINDS,
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for allow in facts::gcp::open_allows(cx) {
        match allow.admits_all_ports() {
            Some(true) => {
                let what = if allow.all_protocols() {
                    ""
                } else {
                    "which opens every port"
                };
                facts::gcp::report_open(cx, &allow, what)
            }
            None => cx.note_unknown(allow.span, "ports"),
            Some(false) => {}
        }
    }
}
