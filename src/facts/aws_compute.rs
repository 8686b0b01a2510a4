//! Shared readings for the EC2, VPC and EBS checks: which ports an ingress rule opens, network
//! ACL rules, instance metadata options and block device encryption.

use crate::check::{Setting, setting};
use crate::facts::aws_network::IngressRule;
use crate::graph::{Graph, Node, NodeValue, Resource, ResourceId};
use crate::net;
use crate::source::Span;

// ---------------------------------------------------------------------------------------------
// Protocols and ports
// ---------------------------------------------------------------------------------------------

/// The transport a rule's protocol names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proto {
    /// `-1` / `all`: every protocol and port.
    All,
    Tcp,
    Udp,
    /// ICMP and anything else that has no ports worth checking here.
    Other,
}

impl Proto {
    /// Reads a protocol value (`tcp`, `6`, `-1`, `all`, `udp`, `17`, ...).
    pub fn parse(p: &str) -> Proto {
        let p = p.trim().to_ascii_lowercase();
        if net::is_all_protocols(&p) {
            return Proto::All;
        }
        match p.as_str() {
            "tcp" | "6" => Proto::Tcp,
            "udp" | "17" => Proto::Udp,
            _ => Proto::Other,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Proto::All => "all protocols",
            Proto::Tcp => "TCP",
            Proto::Udp => "UDP",
            Proto::Other => "other",
        }
    }
}

/// Reads a protocol node, which may be a string or a number.
pub fn protocol_of(node: Option<&Node>) -> Option<Proto> {
    let node = node?;
    match &node.value {
        NodeValue::Number(n) => Some(Proto::parse(&crate::value::format_number(*n))),
        NodeValue::String(s) => Some(Proto::parse(s)),
        _ => None,
    }
}

/// True when the inclusive range covers every port (`0-65535`, or `1-65535`).
pub fn is_full_range(from: f64, to: f64) -> bool {
    from <= 1.0 && to >= 65535.0
}

/// Describes what a protocol and port range open, for messages: `all ports and protocols`,
/// `TCP port 22`, `UDP ports 3000-4000`.
pub fn describe(proto: Proto, from: Option<f64>, to: Option<f64>) -> String {
    match (proto, from, to) {
        (Proto::All, _, _) => "all ports and protocols".to_string(),
        (p, Some(a), Some(b)) if is_full_range(a, b) => {
            format!(
                "all {} ports ({})",
                p.label(),
                net::describe_range(a, b).trim_start_matches("ports ")
            )
        }
        (p, Some(a), Some(b)) => format!("{} {}", p.label(), net::describe_range(a, b)),
        (p, _, _) => format!("{} (unknown ports)", p.label()),
    }
}

/// The protocol of a security group ingress rule, `None` when unknown.
pub fn ingress_proto(rule: &IngressRule) -> Option<Proto> {
    rule.protocol.as_deref().map(Proto::parse)
}

/// Whether an ingress rule admits `port` over one of `protos` (all-protocol rules admit every
/// port): `Some(true)`, `Some(false)`, or `None` when the protocol or ports are unknown.
pub fn admits_port(rule: &IngressRule, port: u16, protos: &[Proto]) -> Option<bool> {
    let proto = ingress_proto(rule)?;
    if proto == Proto::All {
        return Some(true);
    }
    if !protos.contains(&proto) {
        return Some(false);
    }
    Some(net::range_includes(rule.from_port?, rule.to_port?, port))
}

/// Whether an ingress rule opens every port: all protocols, or a TCP or UDP rule over the full
/// port range. `None` when unknown.
pub fn opens_all_ports(rule: &IngressRule) -> Option<bool> {
    match ingress_proto(rule)? {
        Proto::All => Some(true),
        Proto::Tcp | Proto::Udp => Some(is_full_range(rule.from_port?, rule.to_port?)),
        Proto::Other => Some(false),
    }
}

/// `all ports and protocols`, `TCP port 22`, ... for a security group ingress rule.
pub fn describe_ingress(rule: &IngressRule) -> String {
    match ingress_proto(rule) {
        Some(p) => describe(p, rule.from_port, rule.to_port),
        None => rule.describe_ports(),
    }
}

/// Database and cache services commonly attacked when reachable from the internet: port,
/// service name, and whether the service also listens on UDP.
pub const DATABASE_PORTS: &[(u16, &str, bool)] = &[
    (3306, "MySQL/MariaDB", false),
    (5432, "PostgreSQL", false),
    (1433, "SQL Server", false),
    (1521, "Oracle", false),
    (27017, "MongoDB", false),
    (6379, "Redis", false),
    (11211, "Memcached", true),
    (9200, "Elasticsearch/OpenSearch", false),
    (5984, "CouchDB", false),
    (9042, "Cassandra", false),
];

// ---------------------------------------------------------------------------------------------
// Security group rules in general
// ---------------------------------------------------------------------------------------------

/// One rule (inline block or rule resource) of a security group, for checks that look at any
/// rule, not only ingress.
pub struct SgRule<'a> {
    /// `ingress` or `egress`.
    pub direction: &'static str,
    /// Where a finding about the rule points: the block header, list element or resource header.
    pub span: Span,
    pub body: &'a Node,
}

/// The inline `ingress` and `egress` rules of an `aws_security_group` or
/// `aws_default_security_group`. Rules whose value is unknown (a `dynamic` block over an unknown
/// collection, an unknown list) are yielded too, with an unknown body.
pub fn inline_rules(r: &Resource) -> Vec<SgRule<'_>> {
    let mut out = Vec::new();
    for e in r.body.entries() {
        let direction = match e.key.as_str() {
            "ingress" => "ingress",
            "egress" => "egress",
            _ => continue,
        };
        match e.node.as_list() {
            Some(items) => out.extend(items.iter().map(|n| SgRule {
                direction,
                span: n.span,
                body: n,
            })),
            None if e.node.is_null() => {}
            None => out.push(SgRule {
                direction,
                span: e.key_span,
                body: &e.node,
            }),
        }
    }
    out
}

/// True when a rule body is unknown, or every attribute in it is: a `dynamic` block over a
/// collection that could not be evaluated, which may expand to no rule at all.
pub fn rule_is_unknown(body: &Node) -> bool {
    match &body.value {
        NodeValue::Unknown => true,
        NodeValue::Map(entries) => {
            !entries.is_empty()
                && entries
                    .iter()
                    .all(|e| e.node.is_null() || all_unknown(&e.node))
                && entries.iter().any(|e| all_unknown(&e.node))
        }
        _ => false,
    }
}

/// True when a value is unknown, or a non-empty collection of nothing but unknown values
/// (`[each.value.cidr]` over an unknown collection).
fn all_unknown(node: &Node) -> bool {
    match &node.value {
        NodeValue::Unknown => true,
        NodeValue::List(items) => !items.is_empty() && items.iter().all(all_unknown),
        NodeValue::Map(entries) => {
            !entries.is_empty() && entries.iter().all(|e| all_unknown(&e.node))
        }
        _ => false,
    }
}

/// The direction of a standalone rule resource (`aws_security_group_rule` by its `type`,
/// `aws_vpc_security_group_{ingress,egress}_rule` by kind), `None` when unknown or not a rule.
pub fn rule_resource_direction(r: &Resource) -> Option<&'static str> {
    match r.kind.as_str() {
        "aws_security_group_rule" => match r.body.get("type").and_then(Node::as_str) {
            Some("ingress") => Some("ingress"),
            Some("egress") => Some("egress"),
            _ => None,
        },
        "aws_vpc_security_group_ingress_rule" => Some("ingress"),
        "aws_vpc_security_group_egress_rule" => Some("egress"),
        _ => None,
    }
}

/// Standalone security group rule resource kinds.
pub const RULE_RESOURCE_KINDS: &[&str] = &[
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

// ---------------------------------------------------------------------------------------------
// Network ACL rules
// ---------------------------------------------------------------------------------------------

/// One network ACL entry, from an inline `ingress`/`egress` block of `aws_network_acl` or an
/// `aws_network_acl_rule`. `None` fields are unknown.
#[derive(Debug, Clone)]
pub struct NaclRule {
    pub span: Span,
    pub rule_no: Option<f64>,
    /// `allow` / `deny` (lowercased).
    pub action: Option<String>,
    pub egress: Option<bool>,
    pub protocol: Option<Proto>,
    pub from_port: Option<f64>,
    pub to_port: Option<f64>,
    /// Known source or destination CIDR blocks with their spans.
    pub cidrs: Vec<(String, Span)>,
    /// False when a CIDR attribute is present but unknown.
    pub cidrs_known: bool,
}

impl NaclRule {
    pub fn is_allow(&self) -> Option<bool> {
        self.action.as_deref().map(|a| a == "allow")
    }

    /// Whether the rule applies to traffic from `cidr`'s address family and to `port` (or, with
    /// `None`, to every port) over `proto`. `None` when the rule's fields are unknown.
    fn covers(&self, internet_v6: bool, proto: Proto, port: Option<u16>) -> Option<bool> {
        if !self.cidrs_known {
            return None;
        }
        let from_internet = self
            .cidrs
            .iter()
            .any(|(c, _)| net::is_internet(c) && c.contains(':') == internet_v6);
        if !from_internet {
            return Some(false);
        }
        let mine = self.protocol?;
        if mine == Proto::All {
            return Some(true);
        }
        if mine != proto || proto == Proto::All {
            return Some(false);
        }
        let (from, to) = (self.from_port?, self.to_port?);
        Some(match port {
            Some(p) => net::range_includes(from, to, p),
            None => is_full_range(from, to),
        })
    }
}

fn nacl_rule(
    node: &Node,
    span: Span,
    action_key: &str,
    rule_no_key: &str,
    egress: Option<bool>,
) -> NaclRule {
    let mut cidrs = Vec::new();
    let mut cidrs_known = true;
    for key in ["cidr_block", "ipv6_cidr_block"] {
        match setting(node, key) {
            Setting::Set(e) => match e.node.as_str() {
                Some(s) => cidrs.push((s.to_string(), e.node.span)),
                None => cidrs_known = false,
            },
            Setting::Unknown(_) => cidrs_known = false,
            Setting::Missing => {}
        }
    }
    if node.is_unknown() {
        cidrs_known = false;
    }
    NaclRule {
        span,
        rule_no: node.get(rule_no_key).and_then(Node::as_number),
        action: node
            .get(action_key)
            .and_then(Node::as_str)
            .map(|s| s.trim().to_ascii_lowercase()),
        egress,
        protocol: protocol_of(node.get("protocol")),
        from_port: node.get("from_port").and_then(Node::as_number),
        to_port: node.get("to_port").and_then(Node::as_number),
        cidrs,
        cidrs_known,
    }
}

/// The entries a resource defines: inline blocks of `aws_network_acl`, or an
/// `aws_network_acl_rule` (whose `egress` defaults to false).
pub fn nacl_rules(r: &Resource) -> Vec<NaclRule> {
    match r.kind.as_str() {
        "aws_network_acl" => inline_rules(r)
            .into_iter()
            .map(|rule| {
                let egress = Some(rule.direction == "egress");
                nacl_rule(rule.body, rule.span, "action", "rule_no", egress)
            })
            .collect(),
        "aws_network_acl_rule" => {
            let egress = match setting(&r.body, "egress") {
                Setting::Missing => Some(false),
                Setting::Unknown(_) => None,
                Setting::Set(e) => e.node.as_bool(),
            };
            vec![nacl_rule(
                &r.body,
                r.span,
                "rule_action",
                "rule_number",
                egress,
            )]
        }
        _ => Vec::new(),
    }
}

/// The other entries of the network ACL that `id` belongs to: the ACL's inline rules and every
/// `aws_network_acl_rule` referring to it. For an `aws_network_acl_rule` whose ACL is not in
/// the graph, nothing.
pub fn nacl_siblings(graph: &Graph, id: ResourceId) -> Vec<NaclRule> {
    let r = graph.get(id);
    let acls: Vec<ResourceId> = match r.kind.as_str() {
        "aws_network_acl" => vec![id],
        _ => graph
            .targets(id, "network_acl_id")
            .filter(|(_, t)| t.kind == "aws_network_acl")
            .map(|(t, _)| t)
            .collect(),
    };
    let mut out = Vec::new();
    for acl in acls {
        if acl != id {
            out.extend(nacl_rules(graph.get(acl)));
        }
        for (rid, rule) in graph.referrers(acl, "aws_network_acl_rule", "network_acl_id") {
            if rid != id {
                out.extend(nacl_rules(rule));
            }
        }
    }
    out
}

/// Whether a lower-numbered deny rule among `others` (the same ACL's entries) blocks `proto`
/// traffic to `port` (`None`: to every port) from the internet of the given family before
/// `rule` is reached. `None` when some entry's fields are unknown and it might.
pub fn nacl_denied_before(
    rule: &NaclRule,
    others: &[NaclRule],
    internet_v6: bool,
    proto: Proto,
    port: Option<u16>,
) -> Option<bool> {
    let mut uncertain = false;
    for o in others {
        if o.egress == Some(true) || o.is_allow() == Some(true) {
            continue;
        }
        let (Some(false), Some(false), Some(mine), Some(theirs)) =
            (o.egress, o.is_allow(), rule.rule_no, o.rule_no)
        else {
            uncertain = true;
            continue;
        };
        if theirs >= mine {
            continue;
        }
        match o.covers(internet_v6, proto, port) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => uncertain = true,
        }
    }
    if uncertain { None } else { Some(false) }
}

// ---------------------------------------------------------------------------------------------
// Instance metadata service
// ---------------------------------------------------------------------------------------------

/// Where and why a resource with `metadata_options` (instance, launch template, launch
/// configuration) still allows IMDSv1, or `None` when it requires tokens, disables the endpoint,
/// or the values are unknown.
pub fn imds_v1_allowed(r: &Resource) -> Option<(Span, String)> {
    let mut blocks = r
        .body
        .entries()
        .iter()
        .filter(|e| e.key == "metadata_options");
    let Some(entry) = blocks.next() else {
        return Some((
            r.span,
            "`metadata_options` is not set, so `http_tokens` defaults to \"optional\" and IMDSv1 \
             stays enabled"
                .to_string(),
        ));
    };
    let block = match entry.node.as_list() {
        Some([one]) => one,
        Some([]) => {
            return Some((
                entry.span(),
                "`metadata_options` is empty, so `http_tokens` defaults to \"optional\" and \
                 IMDSv1 stays enabled"
                    .to_string(),
            ));
        }
        Some(_) => return None,
        None => &entry.node,
    };
    if block.is_unknown() || rule_is_unknown(block) {
        return None;
    }
    match setting(block, "http_endpoint") {
        Setting::Unknown(_) => return None,
        Setting::Set(e) if e.node.as_str() == Some("disabled") => return None,
        Setting::Set(e) if e.node.as_str().is_none() => return None,
        _ => {}
    }
    match setting(block, "http_tokens") {
        Setting::Missing => Some((
            entry.key_span,
            "`metadata_options` does not set `http_tokens`, so it defaults to \"optional\" and \
             IMDSv1 stays enabled"
                .to_string(),
        )),
        Setting::Unknown(_) => None,
        Setting::Set(e) => match e.node.as_str() {
            Some("required") | None => None,
            Some(v) => Some((
                e.span(),
                format!(
                    "`http_tokens = \"{v}\"` lets IMDSv1 requests through without a session token"
                ),
            )),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Block devices
// ---------------------------------------------------------------------------------------------

/// True when the unit turns on EBS encryption by default (an `aws_ebs_encryption_by_default`
/// whose `enabled` is not known to be false): new volumes are then encrypted even when a block
/// device does not ask for it.
pub fn default_encryption_may_be_on(graph: &Graph, unit: &str) -> bool {
    graph
        .of_kind("aws_ebs_encryption_by_default")
        .filter(|(_, r)| r.unit == unit)
        .any(|(_, r)| match setting(&r.body, "enabled") {
            Setting::Set(e) => e.node.as_bool() != Some(false),
            Setting::Missing | Setting::Unknown(_) => true,
        })
}

/// A block device found unencrypted: where to point, the message, and whether it is only
/// unencrypted because `encrypted` is missing (then account default encryption would cover it).
pub struct UnencryptedDevice {
    pub span: Span,
    pub message: String,
    pub missing: bool,
}

/// Checks one EBS device block (`root_block_device`, `ebs_block_device`, or the `ebs` block of a
/// launch template mapping) named `what`, whose header is at `header`.
fn check_device(block: &Node, header: Span, what: &str, out: &mut Vec<UnencryptedDevice>) {
    if block.is_unknown() || rule_is_unknown(block) {
        return;
    }
    // A volume made from a snapshot takes the snapshot's encryption; a KMS key means encryption
    // was asked for.
    for key in ["snapshot_id", "kms_key_id"] {
        if !matches!(setting(block, key), Setting::Missing) {
            return;
        }
    }
    match setting(block, "encrypted") {
        Setting::Missing => out.push(UnencryptedDevice {
            span: header,
            message: format!(
                "`{what}` does not set `encrypted`, so the volume is unencrypted unless EBS \
                 encryption by default is on"
            ),
            missing: true,
        }),
        Setting::Unknown(_) => {}
        Setting::Set(e) => {
            if e.node.as_bool() == Some(false) {
                out.push(UnencryptedDevice {
                    span: e.span(),
                    message: format!("`{what}` is not encrypted (`encrypted = false`)"),
                    missing: false,
                });
            }
        }
    }
}

/// Every device block under `key` with the span of its header or list element.
fn device_blocks<'a>(body: &'a Node, key: &str) -> Vec<(&'a Node, Span)> {
    let mut out = Vec::new();
    for e in body.entries().iter().filter(|e| e.key == key) {
        match e.node.as_list() {
            Some(items) => out.extend(items.iter().map(|n| (n, n.span))),
            None if e.node.is_null() => {}
            None => out.push((&e.node, e.key_span)),
        }
    }
    out
}

/// Unencrypted `root_block_device` / `ebs_block_device` blocks of an `aws_instance` or
/// `aws_launch_configuration`. A missing `root_block_device` counts as an unencrypted root
/// volume unless the instance takes its settings from a launch template.
pub fn unencrypted_instance_devices(r: &Resource) -> Vec<UnencryptedDevice> {
    let mut out = Vec::new();
    let roots = device_blocks(&r.body, "root_block_device");
    if roots.is_empty() && r.body.entry("launch_template").is_none() {
        let what = if r.kind == "aws_launch_configuration" {
            "launch configuration"
        } else {
            "instance"
        };
        out.push(UnencryptedDevice {
            span: r.span,
            message: format!(
                "{what} does not configure `root_block_device`, so the root volume is encrypted \
                 only if its AMI snapshot is or EBS encryption by default is on"
            ),
            missing: true,
        });
    }
    for (block, span) in roots {
        check_device(block, span, "root_block_device", &mut out);
    }
    for (block, span) in device_blocks(&r.body, "ebs_block_device") {
        check_device(block, span, "ebs_block_device", &mut out);
    }
    out
}

/// Unencrypted EBS volumes in the `block_device_mappings` of an `aws_launch_template`. Mappings
/// without an `ebs` block (instance store, `no_device`) are skipped.
pub fn unencrypted_template_devices(r: &Resource) -> Vec<UnencryptedDevice> {
    let mut out = Vec::new();
    for (mapping, _) in device_blocks(&r.body, "block_device_mappings") {
        if mapping.is_unknown() {
            continue;
        }
        for (ebs, span) in device_blocks(mapping, "ebs") {
            check_device(ebs, span, "block_device_mappings.ebs", &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocols() {
        assert_eq!(Proto::parse("-1"), Proto::All);
        assert_eq!(Proto::parse("ALL"), Proto::All);
        assert_eq!(Proto::parse("6"), Proto::Tcp);
        assert_eq!(Proto::parse("udp"), Proto::Udp);
        assert_eq!(Proto::parse("icmp"), Proto::Other);
        assert!(is_full_range(0.0, 65535.0));
        assert!(is_full_range(1.0, 65535.0));
        assert!(!is_full_range(0.0, 1024.0));
        assert_eq!(describe(Proto::Tcp, Some(22.0), Some(22.0)), "TCP port 22");
        assert_eq!(
            describe(Proto::Udp, Some(0.0), Some(65535.0)),
            "all UDP ports (0-65535)"
        );
        assert_eq!(describe(Proto::All, None, None), "all ports and protocols");
    }
}
