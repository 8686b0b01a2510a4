use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-001",
    name: "sql-instance-open-to-internet",
    title: "Cloud SQL instance accepts connections from the whole internet",
    severity: Severity::Critical,
    description: "Flags `google_sql_database_instance` resources with a public IP \
        (`ipv4_enabled`, on by default) whose `authorized_networks` include `0.0.0.0/0` or \
        `::/0`.\n\nAn authorized network of `0.0.0.0/0` lets anyone on the internet reach the \
        database port directly; the database is then one weak or leaked password away from \
        a breach, and open to brute force and engine exploits.",
    remediation: "Remove the open `authorized_networks` entry and list only the client CIDR \
        blocks that need access, or set `ipv4_enabled = false` and connect over private IP \
        or through the Cloud SQL Auth Proxy.",
    compliance: &[
        "cis-gcp:6.5",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_GCP_11"],
    trivy: &["AVD-GCP-0017", "GCP-0017", "google-sql-no-public-access"],
    references: &[
        "https://cloud.google.com/sql/docs/mysql/authorize-networks",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((settings, _)) = facts::gcp::sql_settings(cx.body()) else {
        return;
    };
    let Some((ip, _)) = facts::gcp::first_block(settings, "ip_configuration") else {
        return;
    };
    match facts::gcp::lookup(cx, ip, "ipv4_enabled") {
        Setting::Unknown(_) => return,
        Setting::Set(e) if e.node.as_bool() != Some(true) => return,
        _ => {}
    }
    for (net, _) in facts::gcp::block_entries(ip, "authorized_networks") {
        if let Setting::Set(e) = facts::gcp::lookup(cx, net, "value")
            && let Some(cidr) = e.node.as_str().filter(|c| crate::net::is_internet(c))
        {
            cx.report(
                e.span(),
                format!(
                    "authorized network {cidr} lets anyone on the internet connect to the public IP"
                ),
            );
        }
    }
}
