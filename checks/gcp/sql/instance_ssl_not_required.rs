use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-003",
    name: "sql-instance-ssl-not-required",
    title: "Cloud SQL instance accepts unencrypted connections",
    severity: Severity::High,
    description: "Flags `google_sql_database_instance` resources whose \
        `settings.ip_configuration` neither sets `ssl_mode` to `ENCRYPTED_ONLY` or \
        `TRUSTED_CLIENT_CERTIFICATE_REQUIRED` nor (on older providers) `require_ssl = true`. \
        The default, `ALLOW_UNENCRYPTED_AND_ENCRYPTED`, accepts plaintext connections.\n\n\
        Unencrypted database sessions expose credentials and query results to anyone who can \
        observe the traffic, and allow it to be altered in transit.",
    remediation: "Set `ssl_mode = \"ENCRYPTED_ONLY\"` (or \
        `\"TRUSTED_CLIENT_CERTIFICATE_REQUIRED\"` to also require client certificates) in \
        `settings.ip_configuration`.",
    compliance: &[
        "cis-gcp:6.4",
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "soc2:CC6.7",
        "hipaa:164.312(e)(1)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_GCP_6"],
    trivy: &[
        "AVD-GCP-0015",
        "GCP-0015",
        "google-sql-encrypt-in-transit-data",
    ],
    references: &[
        "https://cloud.google.com/sql/docs/mysql/configure-ssl-instance",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

const ENFORCED: &[&str] = &["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];
const MSG: &str = "so unencrypted connections are accepted (`ssl_mode` defaults to ALLOW_UNENCRYPTED_AND_ENCRYPTED)";

fn run(cx: &Ctx) {
    let Some((settings, settings_span)) = facts::gcp::sql_settings(cx.body()) else {
        if !matches!(cx.setting("settings"), Setting::Unknown(_)) {
            cx.report_missing(format!("instance sets no `ssl_mode`, {MSG}"));
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
                format!("`settings` has no `ip_configuration`, {MSG}"),
            );
        }
        return;
    };
    match facts::gcp::lookup(cx, ip, "ssl_mode") {
        Setting::Unknown(_) => {}
        Setting::Set(e) => {
            if let Some(mode) = e.node.as_str()
                && !ENFORCED.contains(&mode)
            {
                cx.report(
                    e.span(),
                    format!("`ssl_mode` is {mode:?}, so unencrypted connections are accepted"),
                );
            }
        }
        Setting::Missing => match facts::gcp::lookup(cx, ip, "require_ssl") {
            Setting::Unknown(_) => {}
            Setting::Set(e) if e.node.as_bool() == Some(true) => {}
            Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
                e.span(),
                "`require_ssl = false` and no `ssl_mode`, so unencrypted connections are accepted",
            ),
            Setting::Set(_) => {}
            Setting::Missing => cx.report(
                ip_span,
                format!("`ip_configuration` sets no `ssl_mode`, {MSG}"),
            ),
        },
    }
}
