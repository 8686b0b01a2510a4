use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-RDS-001",
    name: "rds-instance-publicly-accessible",
    title: "RDS database instance is publicly accessible",
    severity: Severity::High,
    description: "Flags `aws_db_instance` and `aws_rds_cluster_instance` resources (and Multi-AZ \
        `aws_rds_cluster`s) with `publicly_accessible = true`; in CloudFormation, also a DB \
        instance (or Multi-AZ DB cluster) that sets neither `PubliclyAccessible` nor a DB \
        subnet group, which RDS then makes public in the default VPC.\n\nA publicly accessible \
        database gets an endpoint that resolves to a public IP address, so anything on the \
        internet that the security groups let through can reach the database port. Databases \
        are prime targets for credential stuffing and engine exploits, and they should only be \
        reachable from inside the VPC.",
    remediation: "Set `publicly_accessible = false` (the provider's default; in CloudFormation \
        set `PubliclyAccessible: false`, since leaving it out lets RDS decide), place the \
        instance in private subnets through `db_subnet_group_name`, and reach it from the VPC, \
        a VPN, or a bastion or Session Manager tunnel.",
    compliance: &[
        "cis-aws:2.3.3",
        "nist-800-53:SC-7",
        "nist-800-53:AC-3",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_17"],
    trivy: &["AVD-AWS-0180", "AWS-0180", "aws-rds-enable-public-access"],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
    ],
    resource_kinds: &[
        "aws_db_instance",
        "aws_rds_cluster_instance",
        "aws_rds_cluster",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    // The provider default is `false` for all three kinds: only an explicit `true` counts.
    // CloudFormation leaves the default to RDS (see `cloudformation_default`).
    let e = match cx.setting("publicly_accessible") {
        Setting::Set(e) => e,
        Setting::Missing if cx.resource.framework == Framework::CloudFormation => {
            return cloudformation_default(cx);
        }
        _ => return,
    };
    if e.node.as_bool() != Some(true) {
        return;
    }
    let Some(what) = what(cx) else {
        return;
    };
    cx.report(
        e.span(),
        format!(
            "{what} is reachable from the internet (`{}`)",
            cx.attr_name("publicly_accessible = true", "PubliclyAccessible: true")
        ),
    );
}

/// What the resource is, for a message; `None` for a cluster the setting does not apply to.
fn what(cx: &Ctx) -> Option<&'static str> {
    if cx.resource.kind == "aws_rds_cluster" {
        // On a cluster the argument applies to Multi-AZ DB clusters only; Aurora instances
        // carry their own (`aws_rds_cluster_instance`).
        if facts::aws_data::engine(cx.body()).is_none_or(|e| facts::aws_data::is_aurora(&e)) {
            return None;
        }
        Some("cluster")
    } else {
        Some("database instance")
    }
}

/// CloudFormation sends no `PubliclyAccessible` when the template leaves it out, and RDS
/// decides: without a DB subnet group (or with the one named `default`) the database goes
/// into the default VPC and is public when that VPC has an internet gateway, which default
/// VPCs have. Instances of an Aurora cluster and read replicas are left alone (their network
/// comes from the cluster or the source), and so is a subnet group that is not known.
fn cloudformation_default(cx: &Ctx) {
    if cx.resource.kind == "aws_rds_cluster_instance" {
        return;
    }
    let body = cx.body();
    if cx.resource.kind == "aws_db_instance"
        && facts::aws_data::is_configured(cx, body, "replicate_source_db")
    {
        return;
    }
    let Some(what) = what(cx) else {
        return;
    };
    match facts::aws_data::str_setting(cx, body, "db_subnet_group_name") {
        facts::aws_data::StrSetting::Missing | facts::aws_data::StrSetting::Empty => {}
        facts::aws_data::StrSetting::Value(g) if g.eq_ignore_ascii_case("default") => {}
        _ => return,
    }
    cx.report_missing(format!(
        "{what} sets neither `PubliclyAccessible` nor a DB subnet group, so RDS places it in \
         the default VPC and makes it publicly accessible when that VPC has an internet gateway \
         (default VPCs do)"
    ));
}
