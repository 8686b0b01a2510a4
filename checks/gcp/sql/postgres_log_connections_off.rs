use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-005",
    name: "sql-postgres-log-connections-off",
    title: "PostgreSQL instance does not log connections",
    severity: Severity::Medium,
    description: "Flags Cloud SQL for PostgreSQL instances whose database flag `log_connections` \
        is not `on` (PostgreSQL leaves it off by default).\n\nWithout connection logs there is \
        no record of who connected, from where and when: brute-force attempts and logins with \
        stolen credentials go unseen, and an investigation cannot reconstruct access.",
    remediation: "Add `database_flags { name = \"log_connections\" value = \"on\" }` to `settings`.",
    compliance: &[
        "cis-gcp:6.2.2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_GCP_52"],
    trivy: &["AVD-GCP-0016", "GCP-0016", "google-sql-pg-log-connections"],
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
        "log_connections",
        |_| false,
        "connection attempts are not logged",
    );
}
