use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-SQL-009",
    name: "sql-mysql-local-infile-on",
    title: "MySQL instance allows LOAD DATA LOCAL INFILE",
    severity: Severity::Medium,
    description: "Flags Cloud SQL for MySQL instances that set the database flag `local_infile` \
        to `on`.\n\nWith `local_infile` on, `LOAD DATA LOCAL INFILE` can make a client send \
        files from its own file system; a malicious or compromised server, or an SQL \
        injection, can then read arbitrary files from the application hosts that connect.",
    remediation: "Remove the `local_infile` database flag or set it to `off`.",
    compliance: &["cis-gcp:6.1.3", "nist-800-53:CM-7", "soc2:CC6.1"],
    checkov: &["CKV_GCP_50"],
    trivy: &[
        "AVD-GCP-0026",
        "GCP-0026",
        "google-sql-mysql-no-local-infile",
    ],
    references: &[
        "https://cloud.google.com/sql/docs/mysql/flags",
        "https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html",
    ],
    resource_kinds: &["google_sql_database_instance"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    facts::gcp::forbid_flag_on(
        cx,
        "MYSQL",
        "local_infile",
        "lets LOAD DATA LOCAL INFILE read files from connecting clients",
    );
}
