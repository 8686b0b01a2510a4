//! DynamoDB: tables and global tables.
//!
//! A `PointInTimeRecoverySpecification` without `PointInTimeRecoveryEnabled` leaves recovery
//! off (the provider requires `enabled` in its block): the mapped block says so at the
//! specification. A global table keeps encryption and recovery per replica; it maps onto one
//! `aws_dynamodb_table` whose blocks describe its replicas (see [`global_table`]).

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Entry, Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::DynamoDB::Table" => Some(vec![main("aws_dynamodb_table", table(p))]),
        "AWS::DynamoDB::GlobalTable" => Some(vec![main("aws_dynamodb_table", global_table(p))]),
        _ => None,
    }
}

fn table(p: &Node) -> Node {
    let mut b = Builder::new(p.span);
    b.copy(p, "TableName", "name");
    if let Some(e) = p.entry("SSESpecification") {
        let sse = if e.node.is_unknown() {
            e.node.clone()
        } else {
            Builder::new(e.node.span)
                .copy(&e.node, "SSEEnabled", "enabled")
                .copy(&e.node, "KMSMasterKeyId", "kms_key_arn")
                .build()
        };
        b.block("server_side_encryption", e.key_span, sse);
    }
    if let Some(e) = p.entry("PointInTimeRecoverySpecification") {
        b.block("point_in_time_recovery", e.key_span, recovery(e));
    }
    b.build()
}

/// A `PointInTimeRecoverySpecification` as a `point_in_time_recovery` block.
fn recovery(e: &Entry) -> Node {
    if e.node.is_unknown() {
        return e.node.clone();
    }
    let mut rb = Builder::new(e.node.span);
    if e.node.entry("PointInTimeRecoveryEnabled").is_some() {
        rb.copy(&e.node, "PointInTimeRecoveryEnabled", "enabled");
    } else {
        rb.set("enabled", e.key_span, NodeValue::Bool(false));
    }
    rb.build()
}

/// A global table: `SSESpecification` (on or off for every replica) with the replicas' keys,
/// and the replicas' point-in-time recovery.
///
/// - `point_in_time_recovery`: one block per replica that configures it; none at all when a
///   replica leaves it out (that replica has no recovery), unless some replica is unknown.
/// - `server_side_encryption.kms_key_arn`: a replica's `KMSMasterKeyId`, preferring one that
///   names the AWS managed key; left out when a replica names no key (it then uses the AWS
///   managed key); unknown when a replica is.
fn global_table(p: &Node) -> Node {
    let mut b = Builder::new(p.span);
    b.copy(p, "TableName", "name");
    let replicas = p.entry("Replicas");
    // Each replica, or `None` for the whole list when it is not known.
    let items: Option<&[Node]> = match replicas {
        Some(e) => e.node.as_list(),
        None => Some(&[]),
    };
    if let Some(e) = p.entry("SSESpecification") {
        let sse = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let mut sb = Builder::new(e.node.span);
            sb.copy(&e.node, "SSEEnabled", "enabled");
            match (items, replicas) {
                (Some(items), _) => {
                    if let Some(key) = replica_key(items) {
                        sb.block("kms_key_arn", key.key_span, key.node.clone());
                    }
                }
                (None, Some(r)) => {
                    sb.set("kms_key_arn", r.key_span, NodeValue::Unknown);
                }
                (None, None) => {}
            }
            sb.build()
        };
        b.block("server_side_encryption", e.key_span, sse);
    }
    match (items, replicas) {
        (Some(items), _) => {
            let mut blocks = Vec::new();
            let mut lacking = false;
            let mut unknown = false;
            for r in items {
                if r.is_unknown() {
                    unknown = true;
                    blocks.push((r.span, r.clone()));
                    continue;
                }
                match r.entry("PointInTimeRecoverySpecification") {
                    Some(e) => blocks.push((e.key_span, recovery(e))),
                    None => lacking = true,
                }
            }
            if !lacking || unknown {
                for (span, block) in blocks {
                    b.block("point_in_time_recovery", span, block);
                }
            }
        }
        (None, Some(r)) => {
            b.set("point_in_time_recovery", r.key_span, NodeValue::Unknown);
        }
        (None, None) => {}
    }
    b.build()
}

/// The `KMSMasterKeyId` entry standing for the replicas' keys (see [`global_table`]), made
/// unknown when a replica is; `None` when a replica names no key.
fn replica_key(items: &[Node]) -> Option<Entry> {
    let mut keys = Vec::new();
    for r in items {
        if r.is_unknown() {
            return Some(Entry {
                key: "kms_key_arn".into(),
                key_span: r.span,
                node: Node::unknown(r.span),
            });
        }
        let sse = r.get("SSESpecification")?;
        if sse.is_unknown() {
            return Some(Entry {
                key: "kms_key_arn".into(),
                key_span: sse.span,
                node: Node::unknown(sse.span),
            });
        }
        keys.push(sse.entry("KMSMasterKeyId")?);
    }
    let managed = keys.iter().find(|k| {
        k.node
            .as_str()
            .is_some_and(|s| s.ends_with("alias/aws/dynamodb"))
    });
    managed.or(keys.first()).map(|k| (*k).clone())
}
