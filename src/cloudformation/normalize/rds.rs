//! RDS: DB instances (standalone, read replicas, restores, and members of an Aurora cluster)
//! and DB clusters.
//!
//! An `AWS::RDS::DBInstance` with a `DBClusterIdentifier` is an instance of an Aurora cluster:
//! the provider's `aws_rds_cluster_instance`, whose storage, backups, deletion protection and
//! IAM authentication belong to the cluster. Any other instance is an `aws_db_instance`.
//! CloudFormation keeps a read replica's source and a point-in-time restore's source in the
//! same property (`SourceDBInstanceIdentifier`); a restore time tells them apart.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Entry, Node};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::RDS::DBInstance" => Some(vec![instance(p)]),
        "AWS::RDS::DBCluster" => Some(vec![cluster(p)]),
        _ => None,
    }
}

/// The entry `key` when it is set to something that may count: not null and not a known
/// empty string (CloudFormation treats `""` as not set for these identifiers).
pub(super) fn present<'a>(p: &'a Node, key: &str) -> Option<&'a Entry> {
    p.entry(key)
        .filter(|e| !e.node.is_null() && e.node.as_str() != Some(""))
}

fn instance(p: &Node) -> Mapped {
    let mut b = Builder::new(p.span);
    b.copy(p, "DBInstanceIdentifier", "identifier")
        .copy(p, "Engine", "engine")
        .copy(p, "PubliclyAccessible", "publicly_accessible")
        .copy(p, "DBSubnetGroupName", "db_subnet_group_name")
        .copy(
            p,
            "EnablePerformanceInsights",
            "performance_insights_enabled",
        )
        .copy(
            p,
            "PerformanceInsightsKMSKeyId",
            "performance_insights_kms_key_id",
        );
    if present(p, "DBClusterIdentifier").is_some() {
        b.copy(p, "DBClusterIdentifier", "cluster_identifier");
        return main("aws_rds_cluster_instance", b.build());
    }
    b.copy(p, "StorageEncrypted", "storage_encrypted")
        .copy(p, "KmsKeyId", "kms_key_id")
        .copy(p, "BackupRetentionPeriod", "backup_retention_period")
        .copy(p, "DeletionProtection", "deletion_protection")
        .copy(
            p,
            "EnableIAMDatabaseAuthentication",
            "iam_database_authentication_enabled",
        );
    // A DB snapshot, or a Multi-AZ DB cluster snapshot (never both).
    if let Some(from) = ["DBSnapshotIdentifier", "DBClusterSnapshotIdentifier"]
        .into_iter()
        .find(|k| p.entry(k).is_some())
    {
        b.copy(p, from, "snapshot_identifier");
    }
    // A point-in-time restore names a restore time (or the latest one), or its source by
    // resource id or automated backups; otherwise a source instance makes a read replica.
    let latest = p
        .entry("UseLatestRestorableTime")
        .filter(|e| e.node.as_bool() != Some(false));
    let pitr_sources = [
        "SourceDBInstanceIdentifier",
        "SourceDbiResourceId",
        "SourceDBInstanceAutomatedBackupsArn",
    ];
    let restore = present(p, "RestoreTime").is_some()
        || latest.is_some()
        || present(p, "SourceDbiResourceId").is_some()
        || present(p, "SourceDBInstanceAutomatedBackupsArn").is_some();
    if restore {
        // The block sits where its source (or restore time) is written.
        let anchor = pitr_sources
            .iter()
            .chain(["RestoreTime", "UseLatestRestorableTime"].iter())
            .find_map(|k| p.entry(k));
        if let Some(a) = anchor {
            let block = Builder::new(a.node.span)
                .copy(
                    p,
                    "SourceDBInstanceIdentifier",
                    "source_db_instance_identifier",
                )
                .copy(p, "SourceDbiResourceId", "source_dbi_resource_id")
                .copy(
                    p,
                    "SourceDBInstanceAutomatedBackupsArn",
                    "source_db_instance_automated_backups_arn",
                )
                .copy(p, "RestoreTime", "restore_time")
                .copy(p, "UseLatestRestorableTime", "use_latest_restorable_time")
                .build();
            b.block("restore_to_point_in_time", a.key_span, block);
        }
    } else if p.entry("SourceDBInstanceIdentifier").is_some() {
        b.copy(p, "SourceDBInstanceIdentifier", "replicate_source_db");
    } else {
        // A read replica of a Multi-AZ DB cluster.
        b.copy(p, "SourceDBClusterIdentifier", "replicate_source_db");
    }
    main("aws_db_instance", b.build())
}

fn cluster(p: &Node) -> Mapped {
    let mut b = Builder::new(p.span);
    b.copy(p, "DBClusterIdentifier", "cluster_identifier")
        .copy(p, "Engine", "engine")
        .copy(p, "EngineMode", "engine_mode")
        .copy(p, "StorageEncrypted", "storage_encrypted")
        .copy(p, "KmsKeyId", "kms_key_id")
        .copy(p, "BackupRetentionPeriod", "backup_retention_period")
        .copy(p, "DeletionProtection", "deletion_protection")
        .copy(
            p,
            "EnableIAMDatabaseAuthentication",
            "iam_database_authentication_enabled",
        )
        .copy(p, "PubliclyAccessible", "publicly_accessible")
        .copy(p, "DBSubnetGroupName", "db_subnet_group_name")
        .copy(
            p,
            "PerformanceInsightsEnabled",
            "performance_insights_enabled",
        )
        .copy(
            p,
            "PerformanceInsightsKmsKeyId",
            "performance_insights_kms_key_id",
        )
        .copy(p, "SnapshotIdentifier", "snapshot_identifier")
        .copy(
            p,
            "ReplicationSourceIdentifier",
            "replication_source_identifier",
        )
        .copy(p, "GlobalClusterIdentifier", "global_cluster_identifier");
    // A point-in-time restore (or clone) of another cluster.
    let anchor = ["SourceDBClusterIdentifier", "SourceDbClusterResourceId"]
        .iter()
        .find_map(|k| p.entry(k));
    if let Some(a) = anchor {
        let block = Builder::new(a.node.span)
            .copy(p, "SourceDBClusterIdentifier", "source_cluster_identifier")
            .copy(p, "SourceDbClusterResourceId", "source_cluster_resource_id")
            .copy(p, "RestoreType", "restore_type")
            .copy(p, "RestoreToTime", "restore_to_time")
            .copy(p, "UseLatestRestorableTime", "use_latest_restorable_time")
            .build();
        b.block("restore_to_point_in_time", a.key_span, block);
    }
    main("aws_rds_cluster", b.build())
}
