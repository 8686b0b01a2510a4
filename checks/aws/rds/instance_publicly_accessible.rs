use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-RDS-001",
    name: "rds-instance-publicly-accessible",
    title: "RDS database instance is publicly accessible",
    severity: Severity::High,
    description: "Flags `aws_db_instance` and `aws_rds_cluster_instance` resources (and Multi-AZ \
        `aws_rds_cluster`s) with `publicly_accessible = true`.\n\nA publicly accessible \
        database gets an endpoint that resolves to a public IP address, so anything on the \
        internet that the security groups let through can reach the database port. Databases \
        are prime targets for credential stuffing and engine exploits, and they should only be \
        reachable from inside the VPC.",
    remediation: "Set `publicly_accessible = false` (the default), place the instance in private \
        subnets through `db_subnet_group_name`, and reach it from the VPC, a VPN, or a bastion \
        or Session Manager tunnel.",
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
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    // The provider default is `false` for all three kinds: only an explicit `true` counts.
    let Setting::Set(e) = cx.setting("publicly_accessible") else {
        return;
    };
    if e.node.as_bool() != Some(true) {
        return;
    }
    let what = if cx.resource.kind == "aws_rds_cluster" {
        // On a cluster the argument applies to Multi-AZ DB clusters only; Aurora instances
        // carry their own (`aws_rds_cluster_instance`).
        if facts::aws_data::engine(cx.body()).is_none_or(|e| facts::aws_data::is_aurora(&e)) {
            return;
        }
        "cluster"
    } else {
        "database instance"
    };
    cx.report(
        e.span(),
        format!("{what} is reachable from the internet (`publicly_accessible = true`)"),
    );
}
