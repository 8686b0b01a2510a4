use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-002",
    name: "sql-instance-public-ip",
    title: "Cloud SQL instance has a public IP address",
    severity: Severity::Medium,
    description: "Flags `google_sql_database_instance` resources that do not set \
        `settings.ip_configuration.ipv4_enabled = false`: the provider default is `true`, \
        which assigns the instance a public IPv4 address.\n\nA public address makes the \
        database reachable from outside the VPC; access then depends on authorized networks \
        and the Auth Proxy alone, and a single mistaken authorized network exposes it.",
    remediation: "Set `ipv4_enabled = false` in `settings.ip_configuration` and configure \
        `private_network` (private services access) or Private Service Connect; the \
        `sql.restrictPublicIp` organization policy enforces this.",
    compliance: &[
        "cis-gcp:6.6",
        "nist-800-53:SC-7",
        "pci-dss:1.4.1",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_GCP_60"],
    trivy: &["AVD-GCP-0017", "GCP-0017", "google-sql-no-public-access"],
    references: &[
        "https://cloud.google.com/sql/docs/mysql/configure-private-ip",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((settings, settings_span)) = facts::gcp::sql_settings(cx.body()) else {
        if !matches!(cx.setting("settings"), Setting::Unknown(_)) {
            cx.report_missing(
                "instance has no `settings.ip_configuration`, so it gets a public IP (the default)",
            );
        }
        return;
    };
    let Some((ip, ip_span)) = facts::gcp::first_block(settings, "ip_configuration") else {
        if !matches!(
            facts::gcp::lookup(cx, settings, "ip_configuration"),
            Setting::Unknown(_)
        ) {
            cx.report(
                settings_span,
                "`settings` has no `ip_configuration`, so the instance gets a public IP (the default)",
            );
        }
        return;
    };
    match facts::gcp::lookup(cx, ip, "ipv4_enabled") {
        Setting::Missing => cx.report(
            ip_span,
            "`ip_configuration` does not set `ipv4_enabled = false`, so the instance gets a public IP (the default)",
        ),
        Setting::Set(e) if e.node.as_bool() == Some(true) => cx.report(
            e.span(),
            "instance is assigned a public IP (`ipv4_enabled = true`)",
        ),
        _ => {}
    }
}
