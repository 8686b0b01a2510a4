use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-008",
    name: "sql-postgres-log-lock-waits-off",
    title: "PostgreSQL instance does not log lock waits",
    severity: Severity::Low,
    description: "Flags Cloud SQL for PostgreSQL instances whose database flag `log_lock_waits` \
        is not `on` (PostgreSQL leaves it off by default).\n\nLong lock waits point at \
        contention or at sessions deliberately holding locks to starve others; without the log \
        they are hard to notice and diagnose.",
    remediation: "Add `database_flags { name = \"log_lock_waits\" value = \"on\" }` to `settings`.",
    compliance: &["nist-800-53:AU-12", "soc2:CC7.2"],
    checkov: &["CKV_GCP_54"],
    trivy: &["AVD-GCP-0020", "GCP-0020", "google-sql-pg-log-lock-waits"],
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
        "log_lock_waits",
        |_| false,
        "long lock waits are not logged",
    );
}
