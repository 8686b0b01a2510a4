use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-RDS-004",
    name: "rds-automated-backups-disabled",
    title: "RDS automated backups are disabled",
    severity: Severity::Medium,
    description: "Flags `aws_db_instance` and `aws_rds_cluster` resources with \
        `backup_retention_period = 0`, which turns automated backups off. An unset period is \
        not flagged: RDS then keeps one day of backups (the API default for instances, the \
        provider default for clusters). Read replicas (`replicate_source_db`) are skipped, as \
        their source is the one that needs backups.\n\nWithout automated backups there is no \
        point-in-time recovery: an accidental `DELETE`, a bad migration or ransomware in the \
        database can only be undone from whatever manual snapshot happens to exist.",
    remediation: "Set `backup_retention_period` to the number of days of point-in-time \
        recovery you need (1 to 35; 7 or more is common for production).",
    compliance: &["nist-800-53:CP-9"],
    checkov: &["CKV_AWS_133"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period",
    ],
    resource_kinds: &["aws_db_instance", "aws_rds_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Setting::Set(e) = cx.setting("backup_retention_period") else {
        return;
    };
    if e.node.as_number() != Some(0.0) {
        return;
    }
    // Read replicas without backups of their own are normal.
    if cx.resource.kind == "aws_db_instance"
        && facts::aws_data::is_configured(cx, cx.body(), "replicate_source_db")
    {
        return;
    }
    cx.report(
        e.span(),
        format!(
            "automated backups are disabled (`{}`)",
            cx.attr_name("backup_retention_period = 0", "BackupRetentionPeriod: 0")
        ),
    );
}
