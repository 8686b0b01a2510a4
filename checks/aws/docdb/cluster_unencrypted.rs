use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag, inherited_from};

pub static CHECK: Check = Check {
    id: "AWS-DOCDB-001",
    name: "docdb-cluster-unencrypted",
    title: "DocumentDB cluster storage is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_docdb_cluster` resources with `storage_encrypted` unset (the \
        provider default is `false`) or `false`. A cluster restored from a snapshot or joined \
        to a global cluster takes its encryption from there, so a missing setting is not \
        reported for it.\n\n\
        Without storage encryption the cluster volume, its automated backups and its \
        snapshots are stored in the clear: anyone who obtains a copy of a snapshot or access \
        to the underlying storage can read the documents. Encryption cannot be turned on for \
        an existing cluster; it has to be restored into a new one.",
    remediation: "Set `storage_encrypted = true`, ideally with `kms_key_id` naming a customer \
        managed key. For an existing cluster, restore a snapshot into a new encrypted cluster.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_74"],
    trivy: &[
        "AVD-AWS-0021",
        "AWS-0021",
        "aws-documentdb-enable-storage-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted",
    ],
    resource_kinds: &["aws_docdb_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match flag(cx, "storage_encrypted") {
        Flag::Missing => {
            if inherited_from(
                cx,
                cx.body(),
                &["snapshot_identifier", "global_cluster_identifier"],
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
