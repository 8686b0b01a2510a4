use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-007",
    name: "sql-postgres-log-checkpoints-off",
    title: "PostgreSQL instance does not log checkpoints",
    severity: Severity::Low,
    description: "Flags Cloud SQL for PostgreSQL instances whose database flag `log_checkpoints` \
        is `off`, or is not set on PostgreSQL 14 and older (PostgreSQL 15 turned it on by \
        default).\n\nCheckpoint logs show write bursts and I/O pressure; they help tell a \
        performance problem from a denial-of-service attempt and explain recovery times.",
    remediation: "Add `database_flags { name = \"log_checkpoints\" value = \"on\" }` to `settings`.",
    compliance: &["nist-800-53:AU-12", "soc2:CC7.2"],
    checkov: &["CKV_GCP_51"],
    trivy: &["AVD-GCP-0025", "GCP-0025", "google-sql-pg-log-checkpoints"],
    references: &[
        "https://cloud.google.com/sql/docs/postgres/flags",
        "https://www.postgresql.org/docs/current/runtime-config-logging.html",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    facts::gcp::require_flag_on(
        cx,
        "POSTGRES",
        "log_checkpoints",
        |v: &str| facts::gcp::sql_major_version(v).is_none_or(|m| m >= 15),
        "checkpoints are not logged",
    );
}
