//! DocumentDB: clusters and cluster parameter groups.
//!
//! Defaults as in the provider: storage is unencrypted unless `StorageEncrypted` is true, and
//! automated backups are kept for one day. A cluster restored from another
//! (`SourceDBClusterIdentifier`) inherits that cluster's encryption, which the template does not
//! show: its `storage_encrypted` is unknown. A parameter group's `Parameters` map becomes
//! `parameter` blocks.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::DocDB::DBCluster" => {
            b.copy(p, "DBClusterIdentifier", "cluster_identifier")
                .copy(p, "StorageEncrypted", "storage_encrypted")
                .copy(p, "KmsKeyId", "kms_key_id")
                .copy(p, "SnapshotIdentifier", "snapshot_identifier")
                .copy(p, "GlobalClusterIdentifier", "global_cluster_identifier")
                .copy(p, "BackupRetentionPeriod", "backup_retention_period")
                .copy(
                    p,
                    "EnableCloudwatchLogsExports",
                    "enabled_cloudwatch_logs_exports",
                )
                .copy(
                    p,
                    "DBClusterParameterGroupName",
                    "db_cluster_parameter_group_name",
                );
            restored_encryption(&mut b, p);
            main("aws_docdb_cluster", b.build())
        }
        "AWS::DocDB::DBClusterParameterGroup" => {
            b.copy(p, "Name", "name").copy(p, "Family", "family");
            if let Some(e) = p.entry("Parameters") {
                b.block("parameter", e.key_span, parameter_blocks(&e.node));
            }
            main("aws_docdb_cluster_parameter_group", b.build())
        }
        _ => return None,
    }])
}

/// A cluster restored from another without `StorageEncrypted` has the source's encryption.
pub(super) fn restored_encryption(b: &mut Builder, p: &Node) {
    if p.entry("StorageEncrypted").is_none()
        && let Some(e) = p.entry("SourceDBClusterIdentifier")
    {
        b.set("storage_encrypted", e.key_span, NodeValue::Unknown);
    }
}

/// A `Parameters` map (`tls: disabled`) as a list of `{name, value}` blocks.
fn parameter_blocks(n: &Node) -> Node {
    match &n.value {
        NodeValue::Map(entries) => Node {
            value: NodeValue::List(
                entries
                    .iter()
                    .map(|e| {
                        Builder::new(e.node.span)
                            .set("name", e.key_span, NodeValue::String(e.key.clone()))
                            .block("value", e.key_span, e.node.clone())
                            .build()
                    })
                    .collect(),
            ),
            span: n.span,
        },
        _ => n.clone(),
    }
}
