//! MSK (Managed Streaming for Apache Kafka) provisioned clusters.
//!
//! Defaults as in the provider: without `EncryptionInTransit`, client traffic uses TLS and
//! traffic between brokers is encrypted; without `EncryptionAtRest`, storage is encrypted with
//! the AWS managed key.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::MSK::Cluster" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "ClusterName", "cluster_name");
    if let Some(e) = p.entry("EncryptionInfo") {
        let node = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let mut info = Builder::new(e.node.span);
            if let Some(r) = e.node.entry("EncryptionAtRest") {
                if r.node.is_unknown() {
                    info.set(
                        "encryption_at_rest_kms_key_arn",
                        r.key_span,
                        NodeValue::Unknown,
                    );
                }
                info.copy(
                    &r.node,
                    "DataVolumeKMSKeyId",
                    "encryption_at_rest_kms_key_arn",
                );
            }
            if let Some(t) = e.node.entry("EncryptionInTransit") {
                let transit = if t.node.is_unknown() {
                    t.node.clone()
                } else {
                    Builder::new(t.node.span)
                        .copy(&t.node, "ClientBroker", "client_broker")
                        .copy(&t.node, "InCluster", "in_cluster")
                        .build()
                };
                info.block("encryption_in_transit", t.key_span, transit);
            }
            info.build()
        };
        b.block("encryption_info", e.key_span, node);
    }
    if let Some(e) = p.entry("LoggingInfo") {
        let node = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let mut info = Builder::new(e.node.span);
            if let Some(bl) = e.node.entry("BrokerLogs") {
                let broker = if bl.node.is_unknown() {
                    bl.node.clone()
                } else {
                    let mut bb = Builder::new(bl.node.span);
                    for (from, to) in [
                        ("CloudWatchLogs", "cloudwatch_logs"),
                        ("Firehose", "firehose"),
                        ("S3", "s3"),
                    ] {
                        if let Some(d) = bl.node.entry(from) {
                            let dest = if d.node.is_unknown() {
                                d.node.clone()
                            } else {
                                Builder::new(d.node.span)
                                    .copy(&d.node, "Enabled", "enabled")
                                    .build()
                            };
                            bb.block(to, d.key_span, dest);
                        }
                    }
                    bb.build()
                };
                info.block("broker_logs", bl.key_span, broker);
            }
            info.build()
        };
        b.block("logging_info", e.key_span, node);
    }
    Some(vec![main("aws_msk_cluster", b.build())])
}
