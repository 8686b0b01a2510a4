//! Elastic Load Balancing: v2 load balancers (with the attributes the checks read taken out of
//! `LoadBalancerAttributes`), v2 listeners and classic load balancers.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::{Entry, Node, NodeValue};
use crate::source::Span;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    Some(vec![match ty {
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => main("aws_lb", load_balancer(p)),
        "AWS::ElasticLoadBalancingV2::Listener" => main(
            "aws_lb_listener",
            Builder::new(p.span)
                .copy(p, "LoadBalancerArn", "load_balancer_arn")
                .copy(p, "Protocol", "protocol")
                .copy(p, "Port", "port")
                .copy(p, "SslPolicy", "ssl_policy")
                .copy_with(p, "DefaultActions", "default_action", |n| each(n, action))
                .build(),
        ),
        "AWS::ElasticLoadBalancing::LoadBalancer" => {
            let mut b = Builder::new(p.span);
            b.copy(p, "LoadBalancerName", "name")
                .copy_with(p, "Scheme", "internal", internal);
            b.copy_with(p, "AccessLoggingPolicy", "access_logs", |n| {
                Builder::new(n.span)
                    .copy(n, "Enabled", "enabled")
                    .copy(n, "S3BucketName", "bucket")
                    .copy(n, "S3BucketPrefix", "bucket_prefix")
                    .copy(n, "EmitInterval", "interval")
                    .build()
            });
            main("aws_elb", b.build())
        }
        _ => return None,
    }])
}

/// `Scheme: internal` → `internal = true`.
fn internal(n: &Node) -> Node {
    match n.as_str() {
        Some(s) => Node {
            value: NodeValue::Bool(s == "internal"),
            span: n.span,
        },
        None => n.clone(),
    }
}

/// A listener's default action; a redirect whose configuration is unknown keeps its protocol
/// unknown (the checks read a missing protocol as the request's own, HTTP).
fn action(a: &Node) -> Node {
    let mut b = Builder::new(a.span);
    b.copy(a, "Type", "type")
        .copy(a, "TargetGroupArn", "target_group_arn");
    if let Some(e) = a.entry("RedirectConfig") {
        let r = if e.node.is_unknown() {
            Builder::new(e.node.span)
                .set("protocol", e.node.span, NodeValue::Unknown)
                .build()
        } else {
            Builder::new(e.node.span)
                .copy(&e.node, "Protocol", "protocol")
                .copy(&e.node, "Port", "port")
                .copy(&e.node, "StatusCode", "status_code")
                .build()
        };
        b.block("redirect", e.key_span, r);
    }
    b.build()
}

/// Load balancer attributes (`deletion_protection.enabled`, ...) onto provider attributes.
const BOOL_ATTRIBUTES: &[(&str, &str)] = &[
    (
        "routing.http.drop_invalid_header_fields.enabled",
        "drop_invalid_header_fields",
    ),
    ("deletion_protection.enabled", "enable_deletion_protection"),
];

/// Access log attributes onto the `access_logs` block.
const ACCESS_LOG_ATTRIBUTES: &[(&str, &str)] = &[
    ("access_logs.s3.enabled", "enabled"),
    ("access_logs.s3.bucket", "bucket"),
    ("access_logs.s3.prefix", "prefix"),
];

/// The `LoadBalancerAttributes` list, read.
struct Attributes<'a> {
    /// Known keys: (key, span of the whole `{Key, Value}` entry, value).
    known: Vec<(&'a str, Span, &'a Node)>,
    /// Where an attribute not among `known` could still hide: the list (or one of its
    /// entries) is unknown. `None` when every entry is known.
    uncertain: Option<Span>,
}

impl<'a> Attributes<'a> {
    fn read(p: &'a Node) -> Attributes<'a> {
        let mut out = Attributes {
            known: Vec::new(),
            uncertain: None,
        };
        let Some(e) = p.entry("LoadBalancerAttributes") else {
            return out;
        };
        let Some(items) = e.node.as_list() else {
            // unknown, or not a list: nothing can be said about any attribute
            out.uncertain = Some(e.key_span);
            return out;
        };
        for item in items {
            match item.get("Key").and_then(Node::as_str) {
                Some(k) => {
                    let value = item.get("Value").unwrap_or(item);
                    out.known.push((k, item.span, value));
                }
                None => out.uncertain = Some(e.key_span),
            }
        }
        out
    }

    /// The last entry with `key` (a later entry overrides an earlier one).
    fn get(&self, key: &str) -> Option<(Span, &'a Node)> {
        self.known
            .iter()
            .rev()
            .find(|(k, _, _)| *k == key)
            .map(|&(_, s, v)| (s, v))
    }
}

/// An attribute value (always a string in the API) as a provider value: `"true"` and
/// `"false"` become booleans.
fn attribute_value(v: &Node, boolean: bool) -> Node {
    let value = match &v.value {
        NodeValue::String(s) if boolean && s.eq_ignore_ascii_case("true") => NodeValue::Bool(true),
        NodeValue::String(s) if boolean && s.eq_ignore_ascii_case("false") => {
            NodeValue::Bool(false)
        }
        other => other.clone(),
    };
    Node {
        value,
        span: v.span,
    }
}

fn load_balancer(p: &Node) -> Node {
    let mut b = Builder::new(p.span);
    b.copy(p, "Name", "name")
        .copy(p, "Type", "load_balancer_type")
        .copy_with(p, "Scheme", "internal", internal)
        .copy(p, "Subnets", "subnets")
        .copy(p, "SecurityGroups", "security_groups");
    let attrs = Attributes::read(p);
    for (key, to) in BOOL_ATTRIBUTES {
        if let Some((span, v)) = attrs.get(key) {
            b.block(to, span, attribute_value(v, true));
        } else if let Some(span) = attrs.uncertain {
            b.set(to, span, NodeValue::Unknown);
        }
    }
    let logs: Vec<Entry> = ACCESS_LOG_ATTRIBUTES
        .iter()
        .filter_map(|(key, to)| {
            let (span, v) = attrs.get(key)?;
            Some(Entry {
                key: to.to_string(),
                key_span: span,
                node: attribute_value(v, *to == "enabled"),
            })
        })
        .collect();
    if let Some(span) = attrs.uncertain
        && logs.iter().all(|e| e.key != "enabled")
    {
        // `enabled` may be set where the list cannot be read
        b.set("access_logs", span, NodeValue::Unknown);
    } else if let Some(first) = logs.first() {
        let span = first.key_span;
        b.block(
            "access_logs",
            span,
            Node {
                value: NodeValue::Map(logs),
                span,
            },
        );
    }
    b.build()
}
