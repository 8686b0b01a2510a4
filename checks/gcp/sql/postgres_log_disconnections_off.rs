use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-006",
    name: "sql-postgres-log-disconnections-off",
    title: "PostgreSQL instance does not log disconnections",
    severity: Severity::Medium,
    description: "Flags Cloud SQL for PostgreSQL instances whose database flag \
        `log_disconnections` is not `on` (PostgreSQL leaves it off by default).\n\nDisconnection \
        records carry the session length; together with connection logs they show how long each \
        session lasted, which helps spot unusual activity and reconstruct an incident.",
    remediation: "Add `database_flags { name = \"log_disconnections\" value = \"on\" }` to `settings`.",
    compliance: &[
        "cis-gcp:6.2.3",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_GCP_53"],
    trivy: &[
        "AVD-GCP-0022",
        "GCP-0022",
        "google-sql-pg-log-disconnections",
    ],
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
        "log_disconnections",
        |_| false,
        "session ends are not logged",
    );
}
