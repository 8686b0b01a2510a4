//! Redshift: clusters.
//!
//! Left out, `PubliclyAccessible` is `false` for a cluster CloudFormation creates (the
//! `CreateCluster` default); the provider defaulted to `true` before 6.0, so the mapped
//! cluster carries CloudFormation's default explicitly.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::Redshift::Cluster" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "ClusterIdentifier", "cluster_identifier")
        .copy(p, "Encrypted", "encrypted")
        .copy(p, "KmsKeyId", "kms_key_id")
        .copy(p, "SnapshotIdentifier", "snapshot_identifier");
    match p.entry("PubliclyAccessible") {
        Some(_) => {
            b.copy(p, "PubliclyAccessible", "publicly_accessible");
        }
        None => {
            b.set("publicly_accessible", ctx.id_span, NodeValue::Bool(false));
        }
    }
    Some(vec![main("aws_redshift_cluster", b.build())])
}
