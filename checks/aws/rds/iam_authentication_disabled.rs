use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, StrSetting};

pub static CHECK: Check = Check {
    id: "AWS-RDS-006",
    name: "rds-iam-authentication-disabled",
    title: "RDS database does not enable IAM database authentication",
    severity: Severity::Low,
    description: "Flags `aws_db_instance` and `aws_rds_cluster` resources running an engine that \
        supports IAM database authentication (`mysql`, `postgres`, `aurora`, `aurora-mysql`, \
        `aurora-postgresql`) whose `iam_database_authentication_enabled` is unset or `false`. \
        Other engines, Aurora Serverless v1 clusters (which do not support it) and resources \
        whose engine is not known (replicas, restores) are skipped.\n\nWith IAM \
        authentication, applications connect with short-lived tokens tied to IAM roles instead \
        of long-lived database passwords, so access is granted, audited and revoked in one \
        place and no password has to be distributed or rotated.",
    remediation: "Set `iam_database_authentication_enabled = true`, create database users \
        mapped to IAM (`rds_iam` role in PostgreSQL, `AWSAuthenticationPlugin` in MySQL) and \
        grant `rds-db:connect` to the roles that need access.",
    compliance: &["nist-800-53:AC-3", "nist-800-53:AC-6", "soc2:CC6.1"],
    checkov: &["CKV_AWS_161", "CKV_AWS_162"],
    trivy: &["AVD-AWS-0176", "AWS-0176", "aws-rds-enable-iam-auth"],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#iam_database_authentication_enabled",
    ],
    resource_kinds: &["aws_db_instance", "aws_rds_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// Engines that support IAM database authentication.
const SUPPORTED: &[&str] = &[
    "mysql",
    "postgres",
    "aurora",
    "aurora-mysql",
    "aurora-postgresql",
];

fn run(cx: &Ctx) {
    let body = cx.body();
    let off = match aws_data::flag(cx, "iam_database_authentication_enabled") {
        Flag::On | Flag::Unknown => return,
        Flag::Off(e) => Some(e),
        Flag::Missing => None,
    };
    // Only engines that support it; a missing engine (replica, restore) is not known.
    let engine = match aws_data::str_setting(cx, body, "engine") {
        StrSetting::Value(e) => e.to_ascii_lowercase(),
        _ => return,
    };
    if !SUPPORTED.contains(&engine.as_str()) {
        return;
    }
    // Aurora Serverless v1 does not support IAM authentication; an unknown mode might be it.
    let what = if cx.resource.kind == "aws_rds_cluster" {
        match aws_data::str_setting(cx, body, "engine_mode") {
            StrSetting::Value(m) if m.eq_ignore_ascii_case("serverless") => return,
            StrSetting::Unknown => return,
            _ => {}
        }
        "cluster"
    } else {
        "instance"
    };
    let name = cx.attr_name(
        "iam_database_authentication_enabled",
        "EnableIAMDatabaseAuthentication",
    );
    let off_value = cx.attr_name(" = false", ": false");
    match off {
        Some(e) => cx.report(
            e.span(),
            format!(
                "{engine} {what} has IAM database authentication disabled \
                 (`{name}{off_value}`)"
            ),
        ),
        None => cx.report_missing(format!(
            "{engine} {what} does not set `{name}`, so only database passwords can be used"
        )),
    }
}
