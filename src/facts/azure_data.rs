//! Shared readings for the Azure data and network checks: storage accounts, Key Vault, SQL
//! Server, PostgreSQL, MySQL, network security groups and Network Watcher flow logs.

use crate::check::{Ctx, Setting};
use crate::graph::{Entry, Node, NodeValue, Resource};
use crate::net;
use crate::source::Span;

/// The state of a string setting: missing (or null), unknown, or a known string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Str<'a> {
    Missing,
    Unknown,
    Value(&'a str, Span),
}

/// Reads the string attribute `key` of `node`. A known value that is not a string counts as
/// unknown; a truly unknown value is recorded on `cx`.
pub fn str_of<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Str<'a> {
    match crate::check::setting(node, key) {
        Setting::Missing => Str::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            Str::Unknown
        }
        Setting::Set(e) => match e.node.as_str() {
            Some(s) => Str::Value(s, e.span()),
            None => Str::Unknown,
        },
    }
}

/// The state of a boolean setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bool {
    Missing,
    Unknown,
    Value(bool, Span),
}

/// Reads the first of `keys` (attribute names that mean the same across provider versions)
/// that is set on `node`.
pub fn bool_of(cx: &Ctx, node: &Node, keys: &[&str]) -> Bool {
    for key in keys {
        match crate::check::setting(node, key) {
            Setting::Missing => continue,
            Setting::Unknown(e) => {
                cx.note_unknown(e.span(), *key);
                return Bool::Unknown;
            }
            Setting::Set(e) => {
                return match e.node.as_bool() {
                    Some(b) => Bool::Value(b, e.span()),
                    None => Bool::Unknown,
                };
            }
        }
    }
    Bool::Missing
}

/// The state of a number setting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    Missing,
    Unknown,
    Value(f64, Span),
}

/// Reads the number attribute `key` of `node`; an unknown value is recorded on `cx`.
pub fn number_of(cx: &Ctx, node: &Node, key: &str) -> Num {
    match crate::check::setting(node, key) {
        Setting::Missing => Num::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            Num::Unknown
        }
        Setting::Set(e) => match e.node.as_number() {
            Some(n) => Num::Value(n, e.span()),
            None => Num::Unknown,
        },
    }
}

/// Whether public network access is turned on for a resource that has the boolean
/// `public_network_access_enabled` (and, for storage accounts in recent provider versions, the
/// string `public_network_access`): `Some(true)` when on (explicitly or by default when
/// `default_on`), `Some(false)` when off, `None` when unknown. The span is the attribute, or
/// the resource header when the default applies.
pub fn public_network_access(cx: &Ctx, default_on: bool) -> Option<(bool, Span, bool)> {
    let body = cx.body();
    match str_of(cx, body, "public_network_access") {
        Str::Value(v, span) => return Some((!v.eq_ignore_ascii_case("Disabled"), span, false)),
        Str::Unknown => return None,
        Str::Missing => {}
    }
    match bool_of(cx, body, &["public_network_access_enabled"]) {
        Bool::Value(b, span) => Some((b, span, false)),
        Bool::Unknown => None,
        Bool::Missing => Some((default_on, cx.resource.span, true)),
    }
}

/// True when a resource of `kind` configures this resource through one of `links` (pairs of
/// the referring attribute and this resource's attribute it names, e.g. `("server_id", "id")`),
/// or might (some such resource's target could not be resolved).
pub fn has_companion(cx: &Ctx, kind: &str, links: &[(&str, &str)]) -> bool {
    links.iter().any(|(attr, name_attr)| {
        !cx.configured_by(kind, attr, name_attr).is_empty() || cx.maybe_configured_by(kind, attr)
    })
}

/// The companions of `kind` that configure this resource through one of `links`.
pub fn companions<'a>(cx: &Ctx<'a>, kind: &str, links: &[(&str, &str)]) -> Vec<&'a Resource> {
    let mut out: Vec<&'a Resource> = Vec::new();
    for (attr, name_attr) in links {
        for r in cx.configured_by(kind, attr, name_attr) {
            if !out.iter().any(|x| std::ptr::eq(*x, r)) {
                out.push(r);
            }
        }
    }
    out
}

/// True when some companion link of `kind` could not be resolved.
pub fn maybe_companion(cx: &Ctx, kind: &str, links: &[(&str, &str)]) -> bool {
    links
        .iter()
        .any(|(attr, _)| cx.maybe_configured_by(kind, attr))
}

// ---------------------------------------------------------------------------------------------
// Database firewall rules and server parameters

/// A database firewall rule's address range, when both ends are known IPv4 addresses.
#[derive(Debug, Clone, Copy)]
pub struct FirewallRange {
    pub start: std::net::Ipv4Addr,
    pub end: std::net::Ipv4Addr,
    /// The `start_ip_address` attribute, where findings point.
    pub span: Span,
}

impl FirewallRange {
    /// `0.0.0.0` to `0.0.0.0`: Azure's marker for "allow access from Azure services" (the
    /// rule the portal names `AllowAllWindowsAzureIps`).
    pub fn is_azure_services(&self) -> bool {
        self.start.is_unspecified() && self.end.is_unspecified()
    }

    /// True when the range spans every public unicast IPv4 address (1.0.0.0 through
    /// 223.255.255.255), as `0.0.0.0`–`255.255.255.255` does.
    pub fn covers_internet(&self) -> bool {
        u32::from(self.start) <= 0x0100_0000 && u32::from(self.end) >= 0xDFFF_FFFF
    }

    pub fn describe(&self) -> String {
        format!("{}–{}", self.start, self.end)
    }
}

/// Firewall rule kinds of SQL Server, PostgreSQL and MySQL (single and flexible servers).
pub const SQL_FIREWALL_KINDS: &[&str] =
    &["azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule"];
pub const POSTGRES_FIREWALL_KINDS: &[&str] = &[
    "azurerm_postgresql_firewall_rule",
    "azurerm_postgresql_flexible_server_firewall_rule",
];
pub const MYSQL_FIREWALL_KINDS: &[&str] = &[
    "azurerm_mysql_firewall_rule",
    "azurerm_mysql_flexible_server_firewall_rule",
];

/// The address range of a firewall rule resource, when known.
pub fn firewall_range(cx: &Ctx) -> Option<FirewallRange> {
    let body = cx.body();
    let (Str::Value(start, span), Str::Value(end, _)) = (
        str_of(cx, body, "start_ip_address"),
        str_of(cx, body, "end_ip_address"),
    ) else {
        return None;
    };
    Some(FirewallRange {
        start: start.trim().parse().ok()?,
        end: end.trim().parse().ok()?,
        span,
    })
}

/// Reports a firewall rule that admits every IPv4 address.
pub fn report_open_firewall(cx: &Ctx, server: &str) {
    if let Some(r) = firewall_range(cx)
        && r.covers_internet()
    {
        cx.report(
            r.span,
            format!(
                "firewall rule allows {}, so the {server} accepts connections from any address on the internet",
                r.describe()
            ),
        );
    }
}

/// A server parameter set by an `azurerm_*_configuration` resource: its name (lowercased)
/// and value, when both are known, with the span of the value.
pub fn server_parameter<'a>(cx: &Ctx<'a>) -> Option<(String, &'a str, Span)> {
    let body = cx.body();
    let Str::Value(name, _) = str_of(cx, body, "name") else {
        return None;
    };
    let Str::Value(value, span) = str_of(cx, body, "value") else {
        return None;
    };
    Some((name.trim().to_ascii_lowercase(), value, span))
}

/// PostgreSQL server parameter kinds (single and flexible server).
pub const POSTGRES_CONFIG_KINDS: &[&str] = &[
    "azurerm_postgresql_configuration",
    "azurerm_postgresql_flexible_server_configuration",
];

/// Reports a PostgreSQL server parameter among `names` that is turned `off`.
pub fn report_postgres_parameter_off(cx: &Ctx, names: &[&str], what: &str) {
    if let Some((name, value, span)) = server_parameter(cx)
        && names.contains(&name.as_str())
        && value.trim().eq_ignore_ascii_case("off")
    {
        cx.report(
            span,
            format!("server parameter `{name}` is \"{value}\", so {what}"),
        );
    }
}

/// Reports a missing or disabled `threat_detection_policy` of a single PostgreSQL or MySQL
/// server (the block's `enabled` defaults to false).
pub fn report_threat_detection(cx: &Ctx, server: &str) {
    let body = cx.body();
    match body.entry("threat_detection_policy") {
        None => cx.report_missing(format!(
            "{server} has no `threat_detection_policy`, so threat detection alerts are off"
        )),
        Some(e) if e.node.is_unknown() => cx.note_unknown(e.span(), "threat_detection_policy"),
        Some(e) => match bool_of(cx, &e.node, &["enabled"]) {
            Bool::Value(false, span) => cx.report(
                span,
                format!("{server} threat detection policy is disabled (`enabled = false`)"),
            ),
            Bool::Missing => cx.report(
                e.key_span,
                format!(
                    "{server} threat detection policy does not set `enabled = true`, so it is off"
                ),
            ),
            _ => {}
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Network security group rules

/// One security rule of a network security group, with what is known of it.
#[derive(Debug, Clone)]
pub struct NsgRule {
    /// The rule block or resource header.
    pub span: Span,
    pub name: Option<String>,
    /// `inbound` / `outbound` (lowercased), `None` when unknown.
    pub direction: Option<String>,
    /// `allow` / `deny` (lowercased), `None` when unknown.
    pub access: Option<String>,
    /// `tcp`, `udp`, `icmp`, `*`, ... (lowercased), `None` when unknown.
    pub protocol: Option<String>,
    /// Destination port ranges (inclusive). `None` when any of them is unknown.
    pub ports: Option<Vec<(u32, u32)>>,
    /// Source address prefixes whose value is known, with the span of each.
    pub sources: Vec<(String, Span)>,
}

impl NsgRule {
    /// True for an inbound rule that allows traffic.
    pub fn inbound_allow(&self) -> bool {
        self.direction.as_deref() == Some("inbound") && self.access.as_deref() == Some("allow")
    }

    /// Whether the rule's protocol is one of `protocols` (or `*`): `None` when unknown.
    pub fn protocol_in(&self, protocols: &[&str]) -> Option<bool> {
        let p = self.protocol.as_deref()?;
        Some(p == "*" || protocols.contains(&p))
    }

    /// Whether the rule's destination ports include `port`: `None` when unknown.
    pub fn admits_port(&self, port: u32) -> Option<bool> {
        let ports = self.ports.as_ref()?;
        Some(ports.iter().any(|(a, b)| *a <= port && port <= *b))
    }

    /// Whether the destination ports cover every port.
    pub fn all_ports(&self) -> Option<bool> {
        let ports = self.ports.as_ref()?;
        Some(ports.iter().any(|(a, b)| *a == 0 && *b >= 65535))
    }

    /// The source prefixes that mean "anywhere on the internet".
    pub fn internet_sources(&self) -> impl Iterator<Item = &(String, Span)> {
        self.sources.iter().filter(|(s, _)| is_internet_source(s))
    }

    /// `port 22`, `ports 20-30, 3389`, `all ports`.
    pub fn describe_ports(&self) -> String {
        match &self.ports {
            None => "unknown ports".to_string(),
            Some(p) if p.iter().any(|(a, b)| *a == 0 && *b >= 65535) => "all ports".to_string(),
            Some(p) => {
                let parts: Vec<String> = p
                    .iter()
                    .map(|(a, b)| {
                        if a == b {
                            format!("{a}")
                        } else {
                            format!("{a}-{b}")
                        }
                    })
                    .collect();
                let plural = p.len() > 1 || p.iter().any(|(a, b)| a != b);
                format!(
                    "{} {}",
                    if plural { "ports" } else { "port" },
                    parts.join(", ")
                )
            }
        }
    }

    /// A label for messages: `rule "ssh"` or `rule`.
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => format!("rule \"{n}\""),
            None => "rule".to_string(),
        }
    }
}

/// True when an NSG source address prefix admits the whole internet: `*`, `Internet`, `Any`,
/// `0.0.0.0`, or a `/0` CIDR block.
pub fn is_internet_source(s: &str) -> bool {
    let s = s.trim();
    s == "*"
        || s.eq_ignore_ascii_case("internet")
        || s.eq_ignore_ascii_case("any")
        || s == "0.0.0.0"
        || s == "/0"
        || net::is_internet(s)
}

/// Parses one destination port range: `*`, `22`, `1000-2000`.
fn parse_port_range(s: &str) -> Option<(u32, u32)> {
    let s = s.trim();
    if s == "*" {
        return Some((0, 65535));
    }
    match s.split_once('-') {
        Some((a, b)) => Some((a.trim().parse().ok()?, b.trim().parse().ok()?)),
        None => {
            let p = s.parse().ok()?;
            Some((p, p))
        }
    }
}

fn lower_str(node: &Node, key: &str) -> Option<String> {
    node.get(key)
        .and_then(|n| match &n.value {
            NodeValue::Number(x) => Some(crate::value::format_number(*x)),
            _ => n.as_str().map(str::to_string),
        })
        .map(|s| s.trim().to_ascii_lowercase())
}

/// Reads the string-or-list attributes `single` and `plural` into `out`; returns false when
/// some value is unknown.
fn strings(node: &Node, single: &str, plural: &str, out: &mut Vec<(String, Span)>) -> bool {
    let mut known = true;
    for key in [single, plural] {
        let Some(n) = node.get(key) else { continue };
        match &n.value {
            NodeValue::Null => {}
            NodeValue::String(s) => out.push((s.clone(), n.span)),
            NodeValue::Number(x) => out.push((crate::value::format_number(*x), n.span)),
            NodeValue::List(items) => {
                for item in items {
                    match &item.value {
                        NodeValue::String(s) => out.push((s.clone(), item.span)),
                        NodeValue::Number(x) => {
                            out.push((crate::value::format_number(*x), item.span))
                        }
                        _ => known = false,
                    }
                }
            }
            _ => known = false,
        }
    }
    known
}

fn nsg_rule(node: &Node, span: Span) -> NsgRule {
    let mut port_strings = Vec::new();
    let ports_known = strings(
        node,
        "destination_port_range",
        "destination_port_ranges",
        &mut port_strings,
    );
    let ports = if ports_known {
        port_strings
            .iter()
            .map(|(s, _)| parse_port_range(s))
            .collect::<Option<Vec<_>>>()
    } else {
        None
    };
    let mut sources = Vec::new();
    strings(
        node,
        "source_address_prefix",
        "source_address_prefixes",
        &mut sources,
    );
    NsgRule {
        span,
        name: node.get("name").and_then(Node::as_str).map(str::to_string),
        direction: lower_str(node, "direction"),
        access: lower_str(node, "access"),
        protocol: lower_str(node, "protocol"),
        ports,
        sources,
    }
}

/// The security rules a resource defines: the inline `security_rule` blocks (or list) of an
/// `azurerm_network_security_group`, or an `azurerm_network_security_rule`.
pub fn nsg_rules(r: &Resource) -> Vec<NsgRule> {
    match r.kind.as_str() {
        "azurerm_network_security_group" => r
            .body
            .entries()
            .iter()
            .filter(|e| e.key == "security_rule")
            .flat_map(|e: &Entry| match e.node.as_list() {
                Some(items) => items.iter().map(|n| (n, n.span)).collect::<Vec<_>>(),
                None => vec![(&e.node, e.key_span)],
            })
            .filter(|(n, _)| matches!(n.value, NodeValue::Map(_)))
            .map(|(n, span)| nsg_rule(n, span))
            .collect(),
        "azurerm_network_security_rule" => vec![nsg_rule(&r.body, r.span)],
        _ => Vec::new(),
    }
}

/// Resource kinds that can carry NSG rules.
pub const NSG_KINDS: &[&str] = &[
    "azurerm_network_security_group",
    "azurerm_network_security_rule",
];

/// Reports every internet source of an inbound allow rule that admits `port` over one of
/// `protocols`.
pub fn report_open_port(cx: &Ctx, port: u32, protocols: &[&str], service: &str) {
    for rule in nsg_rules(cx.resource) {
        if !rule.inbound_allow()
            || rule.protocol_in(protocols) != Some(true)
            || rule.admits_port(port) != Some(true)
        {
            continue;
        }
        let ports = rule.describe_ports();
        let target = if ports == format!("port {port}") {
            format!("{service} (port {port})")
        } else {
            format!("{ports}, which includes {service} ({port})")
        };
        for (src, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "inbound {} allows source \"{src}\" to {target}",
                    rule.label()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_and_sources() {
        assert_eq!(parse_port_range("*"), Some((0, 65535)));
        assert_eq!(parse_port_range("22"), Some((22, 22)));
        assert_eq!(parse_port_range("20-30"), Some((20, 30)));
        assert_eq!(parse_port_range("x"), None);
        assert!(is_internet_source("*"));
        assert!(is_internet_source("Internet"));
        assert!(is_internet_source("0.0.0.0/0"));
        assert!(!is_internet_source("10.0.0.0/8"));
        assert!(!is_internet_source("VirtualNetwork"));
    }

    #[test]
    fn firewall_ranges() {
        let r = |a: &str, b: &str| FirewallRange {
            start: a.parse().unwrap(),
            end: b.parse().unwrap(),
            span: Span::default(),
        };
        assert!(r("0.0.0.0", "255.255.255.255").covers_internet());
        assert!(!r("0.0.0.0", "0.0.0.0").covers_internet());
        assert!(r("0.0.0.0", "0.0.0.0").is_azure_services());
        assert!(!r("10.0.0.0", "10.255.255.255").covers_internet());
    }
}
