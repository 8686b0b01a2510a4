use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-DOCDB-003",
    name: "docdb-cluster-backup-retention-short",
    title: "DocumentDB cluster keeps automated backups for less than 7 days",
    severity: Severity::Low,
    description: "Flags `aws_docdb_cluster` resources with `backup_retention_period` unset \
        (the default is 1 day) or below 7.\n\n\
        The retention period bounds how far back the cluster can be restored to a point in \
        time. With a day or two, data corrupted or deleted by a faulty deployment or an \
        attacker is often noticed only after the last good backup has expired.",
    remediation: "Set `backup_retention_period` to at least 7 (up to 35 days), and keep longer \
        term copies with AWS Backup if you need them.",
    compliance: &[
        "nist-800-53:CP-9",
        "soc2:A1.2",
        "hipaa:164.308(a)(7)(ii)(A)",
        "iso-27001:A.8.13",
    ],
    checkov: &["CKV_AWS_360"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#backup_retention_period",
    ],
    resource_kinds: &["aws_docdb_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const MIN_DAYS: f64 = 7.0;

fn run(cx: &Ctx) {
    match cx.setting("backup_retention_period") {
        Setting::Missing => cx.report_missing(format!(
            "cluster does not set `{}`, so automated backups are kept for 1 day",
            cx.attr_name("backup_retention_period", "BackupRetentionPeriod")
        )),
        Setting::Set(e) => {
            if let Some(days) = e.node.as_number().filter(|d| *d < MIN_DAYS) {
                cx.report(
                    e.span(),
                    format!(
                        "automated backups are kept for {} day{}, less than {MIN_DAYS}",
                        crate::value::format_number(days),
                        if days == 1.0 { "" } else { "s" }
                    ),
                );
            }
        }
        Setting::Unknown(_) => {}
    }
}
