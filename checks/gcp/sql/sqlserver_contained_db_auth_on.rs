use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-010",
    name: "sql-sqlserver-contained-db-auth-on",
    title: "SQL Server instance allows contained database authentication",
    severity: Severity::Medium,
    description: "Flags Cloud SQL for SQL Server instances that set the database flag \
        `contained database authentication` to `on`.\n\nContained databases authenticate \
        their own users, outside the server's logins: a database owner can create users \
        that administrators do not see at the server level, and those users can move with \
        the database to other servers.",
    remediation: "Remove the `contained database authentication` database flag or set it to \
        `off`, and manage access through server logins.",
    compliance: &["cis-gcp:6.3.7", "nist-800-53:AC-2", "soc2:CC6.1"],
    checkov: &["CKV_GCP_59"],
    trivy: &[
        "AVD-GCP-0023",
        "GCP-0023",
        "google-sql-no-contained-db-auth",
    ],
    references: &[
        "https://cloud.google.com/sql/docs/sqlserver/flags",
        "https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/contained-database-authentication-server-configuration-option",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    facts::gcp::forbid_flag_on(
        cx,
        "SQLSERVER",
        "contained database authentication",
        "lets contained databases authenticate users outside the server's logins",
    );
}
