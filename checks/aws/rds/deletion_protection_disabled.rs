use crate::check::prelude::*;
use crate::facts::aws_data;

pub static CHECK: Check = Check {
    id: "AWS-RDS-005",
    name: "rds-deletion-protection-disabled",
    title: "RDS database has deletion protection disabled",
    severity: Severity::Low,
    description: "Flags `aws_db_instance` and `aws_rds_cluster` resources whose \
        `deletion_protection` is unset or `false` (the provider default is `false`).\n\n\
        Without deletion protection a single `DeleteDBInstance` / `DeleteDBCluster` call, a \
        mistaken `terraform destroy`, or a change that forces replacement removes the \
        database. With it, deletion first needs a deliberate change to the setting.",
    remediation: "Set `deletion_protection = true` on production databases. Turn it off in a \
        separate change when the database really is to be deleted.",
    compliance: &["nist-800-53:CP-9", "nist-800-53:CM-6"],
    checkov: &["CKV_AWS_293", "CKV_AWS_139"],
    trivy: &[
        "AVD-AWS-0177",
        "AWS-0177",
        "aws-rds-enable-deletion-protection",
        "AVD-AWS-0343",
        "AWS-0343",
        "aws-rds-enable-cluster-deletion-protection",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection",
    ],
    resource_kinds: &["aws_db_instance", "aws_rds_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let what = if cx.resource.kind == "aws_rds_cluster" {
        "cluster"
    } else {
        "instance"
    };
    let (name, off) = if cx.is_cloudformation() {
        ("DeletionProtection", "DeletionProtection: false")
    } else {
        ("deletion_protection", "deletion_protection = false")
    };
    aws_data::require_true(
        cx,
        "deletion_protection",
        Some(&format!(
            "{what} does not set `{name}`, so it can be deleted without a safeguard"
        )),
        &format!("{what} has deletion protection disabled (`{off}`)"),
    );
}
