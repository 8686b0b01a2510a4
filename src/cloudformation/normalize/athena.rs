//! Athena workgroups: `WorkGroupConfiguration` is the provider's `configuration` block.

use super::opensearch::renamed;
use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::Athena::WorkGroup" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "Name", "name");
    if let Some(e) = p.entry("WorkGroupConfiguration") {
        let node = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let c = &e.node;
            let mut cb = Builder::new(c.span);
            cb.copy(
                c,
                "EnforceWorkGroupConfiguration",
                "enforce_workgroup_configuration",
            );
            if let Some(r) = c.entry("ResultConfiguration") {
                let results = if r.node.is_unknown() {
                    r.node.clone()
                } else {
                    let mut rb = Builder::new(r.node.span);
                    rb.copy(&r.node, "OutputLocation", "output_location");
                    if let Some(enc) = r.node.entry("EncryptionConfiguration") {
                        rb.block(
                            "encryption_configuration",
                            enc.key_span,
                            renamed(
                                &enc.node,
                                &[
                                    ("EncryptionOption", "encryption_option"),
                                    ("KmsKey", "kms_key_arn"),
                                ],
                            ),
                        );
                    }
                    rb.build()
                };
                cb.block("result_configuration", r.key_span, results);
            }
            if let Some(m) = c.entry("ManagedQueryResultsConfiguration") {
                cb.block(
                    "managed_query_results_configuration",
                    m.key_span,
                    renamed(&m.node, &[("Enabled", "enabled")]),
                );
            }
            cb.build()
        };
        b.block("configuration", e.key_span, node);
    }
    Some(vec![main("aws_athena_workgroup", b.build())])
}
