use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag, inherited_from};

pub static CHECK: Check = Check {
    id: "AWS-NEPTUNE-001",
    name: "neptune-cluster-unencrypted",
    title: "Neptune cluster storage is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_neptune_cluster` resources with `storage_encrypted` unset (the \
        provider default is `false`) or `false`. A cluster restored from a snapshot, created \
        as a replica or joined to a global cluster takes its encryption from its source, so \
        a missing setting is not reported for it.\n\n\
        Without storage encryption the graph data, its automated backups and its snapshots \
        are stored in the clear: anyone who obtains a copy of a snapshot or access to the \
        underlying storage can read them. Encryption cannot be added to an existing cluster.",
    remediation: "Set `storage_encrypted = true`, ideally with `kms_key_arn` naming a customer \
        managed key. For an existing cluster, restore a snapshot into a new encrypted cluster.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_44"],
    trivy: &[
        "AVD-AWS-0076",
        "AWS-0076",
        "aws-neptune-enable-storage-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted",
    ],
    resource_kinds: &["aws_neptune_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match flag(cx, "storage_encrypted") {
        Flag::Missing => {
            if inherited_from(
                cx,
                cx.body(),
                &[
                    "snapshot_identifier",
                    "replication_source_identifier",
                    "global_cluster_identifier",
                ],
            )
            .is_none()
            {
                cx.report_missing(format!(
                    "cluster does not set `{}`, so its storage is not encrypted",
                    cx.attr_name("storage_encrypted", "StorageEncrypted")
                ));
            }
        }
        Flag::Off(e) => cx.report(
            e.span(),
            format!(
                "cluster storage is not encrypted (`{}`)",
                cx.attr_name("storage_encrypted = false", "StorageEncrypted: false")
            ),
        ),
        Flag::On | Flag::Unknown => {}
    }
}
