//! OpenSearch Service and (legacy) Elasticsearch domains.
//!
//! Defaults as CloudFormation applies them: `DomainEndpointOptions` without `EnforceHTTPS`
//! leaves HTTPS unenforced (the provider's `enforce_https` defaults to true, so the mapping
//! adds `enforce_https = false` at the block); a domain without a cluster configuration runs
//! one data node, as in the provider. `LogPublishingOptions` is a map keyed by log type in
//! CloudFormation and becomes one `log_publishing_options` block per key.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let (kind, cluster) = match ty {
        "AWS::OpenSearchService::Domain" => ("aws_opensearch_domain", "ClusterConfig"),
        "AWS::Elasticsearch::Domain" => ("aws_elasticsearch_domain", "ElasticsearchClusterConfig"),
        _ => return None,
    };
    let mut b = Builder::new(p.span);
    b.copy(p, "DomainName", "domain_name")
        .copy(p, "AccessPolicies", "access_policies");
    nested(
        &mut b,
        p,
        "EncryptionAtRestOptions",
        "encrypt_at_rest",
        &[("Enabled", "enabled"), ("KmsKeyId", "kms_key_id")],
    );
    nested(
        &mut b,
        p,
        "NodeToNodeEncryptionOptions",
        "node_to_node_encryption",
        &[("Enabled", "enabled")],
    );
    nested(
        &mut b,
        p,
        cluster,
        "cluster_config",
        &[
            ("InstanceCount", "instance_count"),
            ("DedicatedMasterEnabled", "dedicated_master_enabled"),
            ("WarmEnabled", "warm_enabled"),
        ],
    );
    nested(
        &mut b,
        p,
        "VPCOptions",
        "vpc_options",
        &[
            ("SubnetIds", "subnet_ids"),
            ("SecurityGroupIds", "security_group_ids"),
        ],
    );
    nested(
        &mut b,
        p,
        "AdvancedSecurityOptions",
        "advanced_security_options",
        &[
            ("Enabled", "enabled"),
            ("AnonymousAuthEnabled", "anonymous_auth_enabled"),
            (
                "InternalUserDatabaseEnabled",
                "internal_user_database_enabled",
            ),
        ],
    );
    if let Some(e) = p.entry("DomainEndpointOptions") {
        let mut o = Builder::new(e.node.span);
        if e.node.is_unknown() {
            o.set("enforce_https", e.key_span, NodeValue::Unknown).set(
                "tls_security_policy",
                e.key_span,
                NodeValue::Unknown,
            );
        } else if e.node.entry("EnforceHTTPS").is_none() {
            // CloudFormation's default, unlike the provider's.
            o.set("enforce_https", e.key_span, NodeValue::Bool(false));
        }
        o.copy(&e.node, "EnforceHTTPS", "enforce_https").copy(
            &e.node,
            "TLSSecurityPolicy",
            "tls_security_policy",
        );
        b.block("domain_endpoint_options", e.key_span, o.build());
    }
    if let Some(e) = p.entry("LogPublishingOptions") {
        let node = match &e.node.value {
            NodeValue::Map(entries) => Node {
                value: NodeValue::List(
                    entries
                        .iter()
                        .map(|l| {
                            let mut lb = Builder::new(l.node.span);
                            lb.set("log_type", l.key_span, NodeValue::String(l.key.clone()));
                            if l.node.is_unknown() {
                                lb.set("enabled", l.key_span, NodeValue::Unknown);
                            }
                            lb.copy(&l.node, "Enabled", "enabled")
                                .copy(
                                    &l.node,
                                    "CloudWatchLogsLogGroupArn",
                                    "cloudwatch_log_group_arn",
                                )
                                .build()
                        })
                        .collect(),
                ),
                span: e.node.span,
            },
            _ => e.node.clone(),
        };
        b.block("log_publishing_options", e.key_span, node);
    }
    Some(vec![main(kind, b.build())])
}

/// Copies a nested property as a block, renaming the listed properties; an unknown property
/// stays unknown as a whole. (Also used by other service modules.)
pub(super) fn nested(b: &mut Builder, p: &Node, from: &str, to: &str, attrs: &[(&str, &str)]) {
    if let Some(e) = p.entry(from) {
        b.block(to, e.key_span, renamed(&e.node, attrs));
    }
}

/// A map with the listed properties renamed (the others dropped); unknown stays unknown.
pub(super) fn renamed(n: &Node, attrs: &[(&str, &str)]) -> Node {
    if n.is_unknown() {
        return n.clone();
    }
    let mut nb = Builder::new(n.span);
    for (f, t) in attrs {
        nb.copy(n, f, t);
    }
    nb.build()
}
