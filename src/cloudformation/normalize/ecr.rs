//! ECR: repositories and the registry scanning configuration.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::ECR::Repository" => main(
            "aws_ecr_repository",
            b.copy(p, "RepositoryName", "name")
                .copy(p, "ImageTagMutability", "image_tag_mutability")
                .copy_with(
                    p,
                    "ImageScanningConfiguration",
                    "image_scanning_configuration",
                    |n| {
                        Builder::new(n.span)
                            .copy(n, "ScanOnPush", "scan_on_push")
                            .build()
                    },
                )
                .copy_with(
                    p,
                    "EncryptionConfiguration",
                    "encryption_configuration",
                    |n| {
                        Builder::new(n.span)
                            .copy(n, "EncryptionType", "encryption_type")
                            .copy(n, "KmsKey", "kms_key")
                            .build()
                    },
                )
                .build(),
        ),
        "AWS::ECR::RegistryScanningConfiguration" => main(
            "aws_ecr_registry_scanning_configuration",
            b.copy(p, "ScanType", "scan_type")
                .copy_with(p, "Rules", "rule", |n| {
                    each(n, |r| {
                        Builder::new(r.span)
                            .copy(r, "ScanFrequency", "scan_frequency")
                            .copy_with(r, "RepositoryFilters", "repository_filter", |f| {
                                each(f, |x| {
                                    Builder::new(x.span)
                                        .copy(x, "Filter", "filter")
                                        .copy(x, "FilterType", "filter_type")
                                        .build()
                                })
                            })
                            .build()
                    })
                })
                .build(),
        ),
        _ => return None,
    }])
}
