//! Security group ingress rules, from every resource that can express one.

use crate::graph::{Node, Resource};
use crate::net;
use crate::source::Span;

/// One ingress rule with what is known of it. `None` fields are unknown.
#[derive(Debug, Clone)]
pub struct IngressRule {
    /// The rule block or resource header: where a finding about the rule points.
    pub span: Span,
    pub from_port: Option<f64>,
    pub to_port: Option<f64>,
    /// `tcp`, `udp`, `icmp`, `-1`, ... (lowercased).
    pub protocol: Option<String>,
    /// Source CIDR blocks whose value is known, with the span of each.
    pub cidrs: Vec<(String, Span)>,
}

impl IngressRule {
    pub fn all_protocols(&self) -> bool {
        self.protocol.as_deref().is_some_and(net::is_all_protocols)
    }

    /// Whether the rule admits TCP traffic to `port`: `Some(true)`, `Some(false)`, or `None`
    /// when the ports or protocol are unknown.
    pub fn admits_tcp_port(&self, port: u16) -> Option<bool> {
        let proto = self.protocol.as_deref()?;
        if net::is_all_protocols(proto) {
            return Some(true);
        }
        if proto != "tcp" && proto != "6" {
            return Some(false);
        }
        Some(net::range_includes(self.from_port?, self.to_port?, port))
    }

    /// The CIDRs of this rule that are the whole internet.
    pub fn internet_sources(&self) -> impl Iterator<Item = &(String, Span)> {
        self.cidrs.iter().filter(|(c, _)| net::is_internet(c))
    }

    /// `port 22`, `ports 0-65535`, `all ports`.
    pub fn describe_ports(&self) -> String {
        if self.all_protocols() {
            return "all ports".to_string();
        }
        match (self.from_port, self.to_port) {
            (Some(a), Some(b)) => net::describe_range(a, b),
            _ => "unknown ports".to_string(),
        }
    }
}

fn cidr_list(node: &Node, key: &str, out: &mut Vec<(String, Span)>) {
    let Some(n) = node.get(key) else { return };
    match n.as_list() {
        Some(items) => {
            for item in items {
                if let Some(s) = item.as_str() {
                    out.push((s.to_string(), item.span));
                }
            }
        }
        None => {
            if let Some(s) = n.as_str() {
                out.push((s.to_string(), n.span));
            }
        }
    }
}

fn rule_from(node: &Node, span: Span, protocol_key: &str) -> IngressRule {
    let mut cidrs = Vec::new();
    for key in ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"] {
        cidr_list(node, key, &mut cidrs);
    }
    let protocol = node
        .get(protocol_key)
        .and_then(|p| match &p.value {
            crate::graph::NodeValue::Number(n) => Some(crate::value::format_number(*n)),
            _ => p.as_str().map(str::to_string),
        })
        .map(|p| p.to_ascii_lowercase());
    IngressRule {
        span,
        from_port: node.get("from_port").and_then(Node::as_number),
        to_port: node.get("to_port").and_then(Node::as_number),
        protocol,
        cidrs,
    }
}

/// The ingress rules a resource defines: inline `ingress` blocks of `aws_security_group` and
/// `aws_default_security_group`, an `aws_security_group_rule` of type `ingress`, or an
/// `aws_vpc_security_group_ingress_rule`.
pub fn ingress_rules(r: &Resource) -> Vec<IngressRule> {
    match r.kind.as_str() {
        "aws_security_group" | "aws_default_security_group" => r
            .body
            .entries()
            .iter()
            .filter(|e| e.key == "ingress")
            .flat_map(|e| match e.node.as_list() {
                Some(items) => items.iter().map(|n| (n, n.span)).collect::<Vec<_>>(),
                None => vec![(&e.node, e.key_span)],
            })
            .map(|(n, span)| rule_from(n, span, "protocol"))
            .collect(),
        "aws_security_group_rule" => {
            if r.body.get("type").and_then(Node::as_str) == Some("ingress") {
                vec![rule_from(&r.body, r.span, "protocol")]
            } else {
                Vec::new()
            }
        }
        "aws_vpc_security_group_ingress_rule" => vec![rule_from(&r.body, r.span, "ip_protocol")],
        _ => Vec::new(),
    }
}

/// Resource kinds that can carry ingress rules.
pub const INGRESS_KINDS: &[&str] = &[
    "aws_security_group",
    "aws_default_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
];
