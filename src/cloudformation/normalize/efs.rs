//! EFS: file systems.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::EFS::FileSystem" {
        return None;
    }
    let body = Builder::new(p.span)
        .copy(p, "Encrypted", "encrypted")
        .copy(p, "KmsKeyId", "kms_key_id")
        .build();
    Some(vec![main("aws_efs_file_system", body)])
}
