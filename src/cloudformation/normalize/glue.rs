//! Glue: Data Catalog encryption settings and security configurations.
//!
//! A security configuration's `S3Encryptions` is a list; the provider's `s3_encryption` is a
//! block, which checks read element by element either way.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::Glue::DataCatalogEncryptionSettings" => main(
            "aws_glue_data_catalog_encryption_settings",
            b.copy(p, "CatalogId", "catalog_id")
                .copy_with(
                    p,
                    "DataCatalogEncryptionSettings",
                    "data_catalog_encryption_settings",
                    catalog_settings,
                )
                .build(),
        ),
        "AWS::Glue::SecurityConfiguration" => main(
            "aws_glue_security_configuration",
            b.copy(p, "Name", "name")
                .copy_with(
                    p,
                    "EncryptionConfiguration",
                    "encryption_configuration",
                    encryption_configuration,
                )
                .build(),
        ),
        _ => return None,
    }])
}

fn catalog_settings(s: &Node) -> Node {
    Builder::new(s.span)
        .copy_with(
            s,
            "ConnectionPasswordEncryption",
            "connection_password_encryption",
            |c| {
                Builder::new(c.span)
                    .copy(
                        c,
                        "ReturnConnectionPasswordEncrypted",
                        "return_connection_password_encrypted",
                    )
                    .copy(c, "KmsKeyId", "aws_kms_key_id")
                    .build()
            },
        )
        .copy_with(s, "EncryptionAtRest", "encryption_at_rest", |e| {
            Builder::new(e.span)
                .copy(e, "CatalogEncryptionMode", "catalog_encryption_mode")
                .copy(e, "SseAwsKmsKeyId", "sse_aws_kms_key_id")
                .copy(
                    e,
                    "CatalogEncryptionServiceRole",
                    "catalog_encryption_service_role",
                )
                .build()
        })
        .build()
}

fn encryption_configuration(c: &Node) -> Node {
    Builder::new(c.span)
        .copy_with(c, "S3Encryptions", "s3_encryption", |n| {
            each(n, |s| {
                Builder::new(s.span)
                    .copy(s, "S3EncryptionMode", "s3_encryption_mode")
                    .copy(s, "KmsKeyArn", "kms_key_arn")
                    .build()
            })
        })
        .copy_with(c, "CloudWatchEncryption", "cloudwatch_encryption", |n| {
            Builder::new(n.span)
                .copy(n, "CloudWatchEncryptionMode", "cloudwatch_encryption_mode")
                .copy(n, "KmsKeyArn", "kms_key_arn")
                .build()
        })
        .copy_with(
            c,
            "JobBookmarksEncryption",
            "job_bookmarks_encryption",
            |n| {
                Builder::new(n.span)
                    .copy(
                        n,
                        "JobBookmarksEncryptionMode",
                        "job_bookmarks_encryption_mode",
                    )
                    .copy(n, "KmsKeyArn", "kms_key_arn")
                    .build()
            },
        )
        .build()
}
