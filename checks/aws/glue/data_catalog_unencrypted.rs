use crate::check::prelude::*;
use crate::facts::aws_more_b::{Block, Str, block_path, str_of};

pub static CHECK: Check = Check {
    id: "AWS-GLUE-001",
    name: "glue-data-catalog-unencrypted",
    title: "Glue Data Catalog is not encrypted at rest",
    severity: Severity::Medium,
    description: "Flags `aws_glue_data_catalog_encryption_settings` resources whose \
        `encryption_at_rest.catalog_encryption_mode` is `DISABLED` (on CloudFormation, \
        `AWS::Glue::DataCatalogEncryptionSettings` with `CatalogEncryptionMode: DISABLED`).\n\n\
        The Data Catalog holds the schemas, locations and partition metadata of every table \
        and the definitions of connections; left unencrypted it describes your data lake to \
        anyone who gets access to the stored metadata.",
    remediation: "Set `catalog_encryption_mode = \"SSE-KMS\"` with `sse_aws_kms_key_id` naming a \
        customer managed key that the Glue and Athena roles may use.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_94"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings",
    ],
    resource_kinds: &["aws_glue_data_catalog_encryption_settings"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, at_rest) = block_path(
        cx,
        cx.body(),
        &["data_catalog_encryption_settings", "encryption_at_rest"],
    ) else {
        return;
    };
    if let Str::Value(mode, e) = str_of(cx, at_rest, "catalog_encryption_mode")
        && mode.eq_ignore_ascii_case("DISABLED")
    {
        cx.report(
            e.span(),
            format!(
                "Data Catalog is not encrypted at rest (`{}`)",
                cx.attr_name(
                    "catalog_encryption_mode = \"DISABLED\"",
                    "CatalogEncryptionMode: DISABLED"
                )
            ),
        );
    }
}
