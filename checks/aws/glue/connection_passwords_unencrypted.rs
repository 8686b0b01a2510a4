use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, block_path};

pub static CHECK: Check = Check {
    id: "AWS-GLUE-002",
    name: "glue-connection-passwords-unencrypted",
    title: "Glue Data Catalog returns connection passwords unencrypted",
    severity: Severity::Medium,
    description: "Flags `aws_glue_data_catalog_encryption_settings` resources with \
        `connection_password_encryption.return_connection_password_encrypted = false` (on \
        CloudFormation, `AWS::Glue::DataCatalogEncryptionSettings` with \
        `ReturnConnectionPasswordEncrypted: false`).\n\n\
        Glue connections store the user names and passwords of the databases that crawlers \
        and jobs reach. Without password encryption, anyone allowed to call `GetConnection` \
        or `GetConnections` reads those database passwords in the clear.",
    remediation: "Set `return_connection_password_encrypted = true` with `aws_kms_key_id` \
        naming a customer managed key that only the roles running Glue jobs may decrypt \
        with; better still, keep connection credentials in Secrets Manager.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:IA-5(7)",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_94"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings",
    ],
    resource_kinds: &["aws_glue_data_catalog_encryption_settings"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, passwords) = block_path(
        cx,
        cx.body(),
        &[
            "data_catalog_encryption_settings",
            "connection_password_encryption",
        ],
    ) else {
        return;
    };
    if let Flag::Off(e) = flag_in(cx, passwords, "return_connection_password_encrypted") {
        cx.report(
            e.span(),
            format!(
                "Data Catalog returns connection passwords unencrypted (`{}`)",
                cx.attr_name(
                    "return_connection_password_encrypted = false",
                    "ReturnConnectionPasswordEncrypted: false"
                )
            ),
        );
    }
}
