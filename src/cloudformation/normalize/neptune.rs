//! Neptune clusters.
//!
//! Defaults as in the provider: storage is unencrypted unless `StorageEncrypted` is true. A
//! cluster restored from another (`SourceDBClusterIdentifier`) inherits that cluster's
//! encryption: its `storage_encrypted` is unknown.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::Neptune::DBCluster" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "DBClusterIdentifier", "cluster_identifier")
        .copy(p, "StorageEncrypted", "storage_encrypted")
        .copy(p, "KmsKeyId", "kms_key_id")
        .copy(p, "SnapshotIdentifier", "snapshot_identifier")
        .copy(
            p,
            "EnableCloudwatchLogsExports",
            "enable_cloudwatch_logs_exports",
        )
        .copy(p, "BackupRetentionPeriod", "backup_retention_period");
    super::docdb::restored_encryption(&mut b, p);
    Some(vec![main("aws_neptune_cluster", b.build())])
}
