use crate::check::prelude::*;
use crate::facts::aws_data;

pub static CHECK: Check = Check {
    id: "AWS-REDSHIFT-001",
    name: "redshift-cluster-unencrypted",
    title: "Redshift cluster is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_redshift_cluster` resources with `encrypted = false`.\n\nAn unset \
        `encrypted` is not flagged: since January 2025 Redshift encrypts every new provisioned \
        cluster (with an AWS owned key when no key is given), provider 6.0 defaults the \
        argument to `true`, and earlier providers never sent `false` when it was left unset. \
        An explicit `false` states that the warehouse is meant to be unencrypted, and an \
        existing cluster created that way keeps its data, backups and snapshots in the clear.",
    remediation: "Set `encrypted = true`, preferably with `kms_key_id` naming a customer managed \
        key. An existing unencrypted cluster can be encrypted in place from the console or with \
        `aws redshift modify-cluster --encrypted`.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_64"],
    trivy: &[
        "AVD-AWS-0084",
        "AWS-0084",
        "aws-redshift-encryption-customer-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted",
    ],
    resource_kinds: &["aws_redshift_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    aws_data::require_true(
        cx,
        "encrypted",
        None,
        &format!(
            "cluster is not encrypted (`{}`)",
            cx.attr_name("encrypted = false", "Encrypted: false")
        ),
    );
}
