//! ElastiCache: replication groups.
//!
//! A replication group built around an existing cluster (`PrimaryClusterId`) takes that
//! cluster's encryption settings, which the template does not show: unless the template sets
//! them, they are unknown here.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::ElastiCache::ReplicationGroup" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "ReplicationGroupId", "replication_group_id")
        .copy(p, "Engine", "engine")
        .copy(p, "AtRestEncryptionEnabled", "at_rest_encryption_enabled")
        .copy(p, "KmsKeyId", "kms_key_id")
        .copy(p, "TransitEncryptionEnabled", "transit_encryption_enabled")
        .copy(p, "TransitEncryptionMode", "transit_encryption_mode")
        .copy(p, "GlobalReplicationGroupId", "global_replication_group_id");
    if let Some(primary) = super::rds::present(p, "PrimaryClusterId") {
        for (from, to) in [
            ("AtRestEncryptionEnabled", "at_rest_encryption_enabled"),
            ("TransitEncryptionEnabled", "transit_encryption_enabled"),
        ] {
            if p.entry(from).is_none() {
                b.set(to, primary.key_span, NodeValue::Unknown);
            }
        }
    }
    Some(vec![main("aws_elasticache_replication_group", b.build())])
}
