use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-004",
    name: "sql-instance-backups-disabled",
    title: "Cloud SQL instance has automated backups disabled",
    severity: Severity::Medium,
    description: "Flags primary `google_sql_database_instance` resources without \
        `settings.backup_configuration.enabled = true` (automated backups are off unless \
        enabled). Read replicas are not flagged: backups are taken on the primary.\n\n\
        Without automated backups there is no restore point after corruption, a bad \
        migration, accidental deletion or a ransomware attack, and point-in-time recovery \
        cannot be enabled.",
    remediation: "Add `backup_configuration { enabled = true }` to `settings` (with \
        `point_in_time_recovery_enabled` or `binary_log_enabled` for point-in-time recovery) \
        and a retention that fits the recovery objectives.",
    compliance: &[
        "cis-gcp:6.7",
        "nist-800-53:CP-9",
        "soc2:A1.2",
        "hipaa:164.308(a)(7)(ii)(A)",
        "iso-27001:A.8.13",
    ],
    checkov: &["CKV_GCP_14"],
    trivy: &["AVD-GCP-0024", "GCP-0024", "google-sql-enable-backup"],
    references: &[
        "https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    if facts::gcp::sql_is_replica(body)
        || matches!(cx.setting("master_instance_name"), Setting::Unknown(_))
    {
        return;
    }
    let Some((settings, settings_span)) = facts::gcp::sql_settings(body) else {
        return;
    };
    let Some((backup, header)) = facts::gcp::first_block(settings, "backup_configuration") else {
        if !matches!(
            facts::gcp::lookup(cx, settings, "backup_configuration"),
            Setting::Unknown(_)
        ) {
            cx.report(
                settings_span,
                "`settings` has no `backup_configuration`, so automated backups are off",
            );
        }
        return;
    };
    match facts::gcp::lookup(cx, backup, "enabled") {
        Setting::Missing => cx.report(
            header,
            "`backup_configuration` does not set `enabled = true`, so automated backups are off",
        ),
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            "automated backups are disabled (`enabled = false`)",
        ),
        _ => {}
    }
}
