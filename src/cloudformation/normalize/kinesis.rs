//! Kinesis Data Streams. `StreamEncryption` holds what the provider keeps flat
//! (`encryption_type`, `kms_key_id`); a stream without it is unencrypted, as in the provider.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::Kinesis::Stream" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "Name", "name");
    if let Some(e) = p.entry("StreamEncryption") {
        if e.node.is_unknown() {
            b.set("encryption_type", e.key_span, NodeValue::Unknown)
                .set("kms_key_id", e.key_span, NodeValue::Unknown);
        }
        b.copy(&e.node, "EncryptionType", "encryption_type")
            .copy(&e.node, "KeyId", "kms_key_id");
    }
    Some(vec![main("aws_kinesis_stream", b.build())])
}
