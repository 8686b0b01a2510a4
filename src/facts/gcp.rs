//! Google Cloud facts: instance metadata keys, IAM grants (members, bindings, policies),
//! VPC firewall rules, Cloud SQL database flags and GKE node configurations.

use crate::check::{Ctx, Setting, setting};
use crate::graph::{Mode, Node, NodeValue, Resource};
use crate::net;
use crate::source::Span;
use crate::value::Value;

// ---------------------------------------------------------------------------------------------
// Generic helpers
// ---------------------------------------------------------------------------------------------

/// Looks up `key` in `node`, recording an unknown value on the context.
pub fn lookup<'a>(cx: &Ctx<'a>, node: &'a Node, key: &str) -> Setting<'a> {
    let s = setting(node, key);
    if let Setting::Unknown(e) = s {
        cx.note_unknown(e.span(), key);
    }
    s
}

/// The entries of `node` under `key` that are blocks (maps), each with the span of its header.
/// A list-valued attribute yields its elements with their own spans.
pub fn block_entries<'a>(node: &'a Node, key: &str) -> Vec<(&'a Node, Span)> {
    let mut out = Vec::new();
    for e in node.entries().iter().filter(|e| e.key == key) {
        match &e.node.value {
            NodeValue::List(items) => out.extend(items.iter().map(|n| (n, n.span))),
            NodeValue::Null => {}
            _ => out.push((&e.node, e.key_span)),
        }
    }
    out
}

/// The first block under `key` with the span of its header.
pub fn first_block<'a>(node: &'a Node, key: &str) -> Option<(&'a Node, Span)> {
    block_entries(node, key).into_iter().next()
}

/// A boolean as Google metadata and database flags write it: `true`/`false`, `"TRUE"`,
/// `"on"`/`"off"`, `"1"`/`"0"`, `"yes"`/`"no"`. `None` for anything else (or unknown).
pub fn loose_bool(node: &Node) -> Option<bool> {
    match &node.value {
        NodeValue::Bool(b) => Some(*b),
        NodeValue::Number(n) if *n == 1.0 => Some(true),
        NodeValue::Number(n) if *n == 0.0 => Some(false),
        NodeValue::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "on" | "1" | "yes" | "y" => Some(true),
            "false" | "off" | "0" | "no" | "n" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The known strings of a string or list-of-strings node, with their spans; `None` when the
/// node or one of its elements is unknown.
pub fn string_list(node: &Node) -> Option<Vec<(&str, Span)>> {
    match &node.value {
        NodeValue::String(s) => Some(vec![(s.as_str(), node.span)]),
        NodeValue::Null => Some(Vec::new()),
        NodeValue::List(items) => {
            let mut out = Vec::new();
            for i in items {
                match &i.value {
                    NodeValue::String(s) => out.push((s.as_str(), i.span)),
                    NodeValue::Null => {}
                    _ => return None,
                }
            }
            Some(out)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Instance metadata
// ---------------------------------------------------------------------------------------------

/// Kinds whose `metadata` map configures Compute Engine VMs.
pub const INSTANCE_KINDS: &[&str] = &[
    "google_compute_instance",
    "google_compute_instance_template",
    "google_compute_region_instance_template",
];

/// Looks up a key of the `metadata` map of `body` (an instance, a template, a node config or
/// project metadata). An unknown map makes every key unknown.
pub fn metadata<'a>(cx: &Ctx<'a>, body: &'a Node, key: &str) -> Setting<'a> {
    match lookup(cx, body, "metadata") {
        Setting::Set(e) if matches!(e.node.value, NodeValue::Map(_)) => lookup(cx, &e.node, key),
        Setting::Set(e) => {
            cx.note_unknown(e.span(), "metadata");
            Setting::Unknown(e)
        }
        other => other,
    }
}

/// A project-wide metadata value for `key` set in the same module: by
/// `google_compute_project_metadata` (`metadata` map) or `google_compute_project_metadata_item`
/// (`key` / `value`). `Some(None)` when some such resource's value is unknown; `None` when no
/// resource sets the key.
pub fn project_metadata_bool(cx: &Ctx, key: &str) -> Option<Option<bool>> {
    let mut found: Option<Option<bool>> = None;
    let mut merge = |v: Option<bool>| {
        found = Some(match (found, v) {
            (Some(None), _) | (_, None) => None,
            (Some(Some(a)), Some(b)) => Some(a || b),
            (None, Some(b)) => Some(b),
        });
    };
    for (_, r) in cx.graph.of_kind("google_compute_project_metadata") {
        if r.unit != cx.resource.unit {
            continue;
        }
        match r.body.get("metadata") {
            Some(m) if m.is_unknown() => merge(None),
            Some(m) => match m.get(key) {
                Some(v) if v.is_unknown() => merge(None),
                Some(v) => merge(loose_bool(v)),
                None => {}
            },
            None => {}
        }
    }
    for (_, r) in cx.graph.of_kind("google_compute_project_metadata_item") {
        if r.unit != cx.resource.unit {
            continue;
        }
        match r.body.get("key") {
            Some(k) if k.is_unknown() => merge(None),
            Some(k) if k.as_str() == Some(key) => {
                merge(r.body.get("value").and_then(loose_bool));
            }
            _ => {}
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// IAM
// ---------------------------------------------------------------------------------------------

/// Members that mean everyone on the internet (`allUsers`) or every Google account
/// (`allAuthenticatedUsers`).
pub fn is_public_member(member: &str) -> bool {
    matches!(member.trim(), "allUsers" | "allAuthenticatedUsers")
}

/// The `member` of a grant whose member is computed at apply time (never a public member).
pub const COMPUTED_MEMBER: &str = "a member computed at apply time";

/// One member granted a role, as far as it is known.
#[derive(Debug, Clone)]
pub struct Grant {
    /// The role, when known.
    pub role: Option<String>,
    /// The member, or [`COMPUTED_MEMBER`] when it is computed (`member_known` is then false).
    pub member: String,
    pub member_known: bool,
    /// Where to report: the member string, or the `policy_data` attribute.
    pub span: Span,
    /// The member in a `google_iam_policy` data source, when the grant comes from one.
    pub related: Vec<(Span, String)>,
}

/// The grants of an IAM resource and what could not be read. Nothing is recorded on the
/// context: each check notes the unknowns its outcome depends on.
#[derive(Debug, Clone, Default)]
pub struct Grants {
    pub grants: Vec<Grant>,
    /// The `role` attribute, when its value is unknown.
    pub unknown_role: Option<Span>,
    /// Where members (or whole bindings) could not be read: a `members` list or a
    /// `policy_data` document that is unknown.
    pub unknown_members: Option<Span>,
}

impl Grants {
    /// Notes the unknowns a check that looks for roles matching `wanted` depends on.
    pub fn note_for_roles(&self, cx: &Ctx, wanted: impl Fn(&str) -> bool) {
        if let Some(span) = self.unknown_role {
            cx.note_unknown(span, "role");
        }
        if let Some(span) = self.unknown_members {
            let role_matters = self.grants.is_empty()
                || self
                    .grants
                    .iter()
                    .any(|g| g.role.as_deref().is_none_or(&wanted));
            if role_matters {
                cx.note_unknown(span, "members");
            }
        }
    }

    /// Notes the unknowns a check that looks for public members depends on.
    pub fn note_for_members(&self, cx: &Ctx) {
        for g in self.grants.iter().filter(|g| !g.member_known) {
            cx.note_unknown(g.span, "member");
        }
        if let Some(span) = self.unknown_members {
            cx.note_unknown(span, "members");
        }
    }
}

/// Suffixes of the IAM resources that grant roles: `google_project_iam_member`, ...
pub fn iam_shape(kind: &str) -> Option<&'static str> {
    if !kind.starts_with("google_") {
        return None;
    }
    ["_iam_member", "_iam_binding", "_iam_policy"]
        .into_iter()
        .find(|s| kind.ends_with(s))
}

fn grant(role: &Option<String>, member: &str, span: Span) -> Grant {
    Grant {
        role: role.clone(),
        member: member.to_string(),
        member_known: true,
        span,
        related: Vec::new(),
    }
}

/// The members granted roles by an IAM member, binding or policy resource.
pub fn iam_grants(cx: &Ctx) -> Grants {
    let body = cx.body();
    let mut out = Grants::default();
    let role = match setting(body, "role") {
        Setting::Set(e) => e.node.as_str().map(str::to_string),
        Setting::Unknown(e) => {
            out.unknown_role = Some(e.span());
            None
        }
        Setting::Missing => None,
    };
    match iam_shape(&cx.resource.kind) {
        Some("_iam_member") => match setting(body, "member") {
            Setting::Set(e) => {
                if let Some(m) = e.node.as_str() {
                    out.grants.push(grant(&role, m, e.span()));
                }
            }
            // The member is computed, but there is exactly one: role checks still apply.
            Setting::Unknown(e) => out.grants.push(Grant {
                member_known: false,
                ..grant(&role, COMPUTED_MEMBER, e.span())
            }),
            Setting::Missing => {}
        },
        Some("_iam_binding") => match setting(body, "members") {
            Setting::Set(e) => {
                if let NodeValue::List(items) = &e.node.value
                    && items.iter().any(Node::is_unknown)
                {
                    out.unknown_members = Some(e.span());
                }
                for (m, span) in known_elements(&e.node) {
                    out.grants.push(grant(&role, m, span));
                }
            }
            Setting::Unknown(e) => out.unknown_members = Some(e.span()),
            Setting::Missing => {}
        },
        Some("_iam_policy") => policy_grants(cx, &mut out),
        _ => {}
    }
    out
}

/// The known string elements of a list (or a single string), with their spans.
fn known_elements(node: &Node) -> Vec<(&str, Span)> {
    match &node.value {
        NodeValue::String(s) => vec![(s.as_str(), node.span)],
        NodeValue::List(items) => items
            .iter()
            .filter_map(|i| i.as_str().map(|s| (s, i.span)))
            .collect(),
        _ => Vec::new(),
    }
}

fn policy_grants(cx: &Ctx, out: &mut Grants) {
    let Some(entry) = cx.body().entry("policy_data") else {
        return;
    };
    let span = entry.span();
    // A literal or `jsonencode` document.
    if let Some(text) = entry.node.as_str() {
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
            grants_from_value(&Value::from_json(&json), span, out);
        }
        return;
    }
    if let Some(v) = cx.resource.partial(&entry.node) {
        grants_from_value(v, span, out);
        if v.contains_unknown() {
            out.unknown_members = Some(span);
        }
        return;
    }
    // `data.google_iam_policy.x.policy_data`: read the data source's bindings.
    let mut targets = cx.graph.targets(cx.id, "policy_data");
    let Some((_, data)) = targets.next() else {
        out.unknown_members = Some(span);
        return;
    };
    if targets.next().is_some() || data.mode != Mode::Data || data.kind != "google_iam_policy" {
        out.unknown_members = Some(span);
        return;
    }
    for (binding, bspan) in block_entries(&data.body, "binding") {
        if binding.is_unknown() {
            out.unknown_members = Some(span);
            continue;
        }
        let role = binding
            .get("role")
            .and_then(Node::as_str)
            .map(str::to_string);
        if binding.get("role").is_some_and(Node::is_unknown) {
            out.unknown_role = Some(bspan);
        }
        match binding.get("members") {
            Some(members) if members.is_unknown() => out.unknown_members = Some(span),
            Some(members) => {
                for (m, mspan) in known_elements(members) {
                    out.grants.push(Grant {
                        related: vec![(mspan, format!("member in {}", data.address))],
                        ..grant(&role, m, span)
                    });
                }
            }
            None => {}
        }
    }
}

fn grants_from_value(v: &Value, span: Span, out: &mut Grants) {
    let Value::Map(doc) = v else { return };
    let Some(Value::List(bindings)) = doc.get("bindings") else {
        return;
    };
    for b in bindings {
        let Value::Map(b) = b else { continue };
        let role = b.get("role").and_then(Value::as_str).map(str::to_string);
        if let Some(Value::List(members)) = b.get("members") {
            for m in members.iter().filter_map(Value::as_str) {
                out.grants.push(grant(&role, m, span));
            }
        }
    }
}

/// The project-level IAM resource kinds.
pub const PROJECT_IAM_KINDS: &[&str] = &[
    "google_project_iam_member",
    "google_project_iam_binding",
    "google_project_iam_policy",
];

// ---------------------------------------------------------------------------------------------
// Firewall rules
// ---------------------------------------------------------------------------------------------

/// Resource kinds that carry ingress firewall rules.
pub const FIREWALL_KINDS: &[&str] = &[
    "google_compute_firewall",
    "google_compute_firewall_policy_rule",
    "google_compute_network_firewall_policy_rule",
    "google_compute_region_network_firewall_policy_rule",
];

/// The ports an allow rule admits.
#[derive(Debug, Clone, PartialEq)]
pub enum Ports {
    /// No port list: every port of the protocol.
    All,
    /// Inclusive ranges.
    Ranges(Vec<(u32, u32)>),
    Unknown,
}

/// A source of an ingress rule that is the whole internet.
#[derive(Debug, Clone)]
pub struct OpenSource {
    pub cidr: String,
    pub span: Span,
    /// True when no source is configured at all, which Google reads as `0.0.0.0/0`.
    pub implicit: bool,
}

/// One protocol an enabled ingress allow rule admits from the internet.
#[derive(Debug, Clone)]
pub struct OpenAllow {
    /// The protocol, lowercased (`tcp`, `udp`, `all`, `6`, ...).
    pub protocol: String,
    pub ports: Ports,
    /// The `allow` block or `layer4_configs` block header.
    pub span: Span,
    pub sources: Vec<OpenSource>,
}

impl OpenAllow {
    pub fn all_protocols(&self) -> bool {
        net::is_all_protocols(&self.protocol)
    }

    /// Whether the rule admits TCP traffic to `port`; `None` when its ports are unknown.
    pub fn admits_tcp_port(&self, port: u32) -> Option<bool> {
        if !(self.all_protocols() || matches!(self.protocol.as_str(), "tcp" | "6")) {
            return Some(false);
        }
        if self.all_protocols() {
            return Some(true);
        }
        match &self.ports {
            Ports::All => Some(true),
            Ports::Ranges(r) => Some(r.iter().any(|(a, b)| *a <= port && port <= *b)),
            Ports::Unknown => None,
        }
    }

    /// Whether the rule admits every port of a port-based protocol (or every protocol).
    pub fn admits_all_ports(&self) -> Option<bool> {
        if self.all_protocols() {
            return Some(true);
        }
        if !matches!(
            self.protocol.as_str(),
            "tcp" | "udp" | "sctp" | "6" | "17" | "132"
        ) {
            return Some(false);
        }
        match &self.ports {
            Ports::All => Some(true),
            Ports::Ranges(r) => Some(r.iter().any(|(a, b)| *a <= 1 && *b >= 65535)),
            Ports::Unknown => None,
        }
    }

    /// `all protocols`, `tcp port 22`, `tcp ports 20-30, 443`, `tcp (all ports)`.
    pub fn describe(&self) -> String {
        if self.all_protocols() {
            return "all protocols and ports".to_string();
        }
        match &self.ports {
            Ports::All => format!("{} (all ports)", self.protocol),
            Ports::Ranges(r) => {
                let list: Vec<String> = r
                    .iter()
                    .map(|(a, b)| {
                        if a == b {
                            a.to_string()
                        } else {
                            format!("{a}-{b}")
                        }
                    })
                    .collect();
                let word = if r.len() == 1 && r[0].0 == r[0].1 {
                    "port"
                } else {
                    "ports"
                };
                format!("{} {word} {}", self.protocol, list.join(", "))
            }
            Ports::Unknown => format!("{} (unknown ports)", self.protocol),
        }
    }
}

/// Parses a port list (`["22", "8000-9000"]`); `Ports::All` when absent or empty.
fn parse_ports(node: Option<&Node>) -> Ports {
    let Some(node) = node else {
        return Ports::All;
    };
    let items: Vec<&Node> = match &node.value {
        NodeValue::Null => return Ports::All,
        NodeValue::List(items) => items.iter().collect(),
        NodeValue::String(_) | NodeValue::Number(_) => vec![node],
        _ => return Ports::Unknown,
    };
    if items.is_empty() {
        return Ports::All;
    }
    let mut ranges = Vec::new();
    for item in items {
        let text = match &item.value {
            NodeValue::Number(n) => crate::value::format_number(*n),
            NodeValue::String(s) => s.trim().to_string(),
            _ => return Ports::Unknown,
        };
        let range = match text.split_once('-') {
            Some((a, b)) => a.trim().parse().ok().zip(b.trim().parse().ok()),
            None => text.parse().ok().map(|p: u32| (p, p)),
        };
        match range {
            Some(r) => ranges.push(r),
            None => return Ports::Unknown,
        }
    }
    Ports::Ranges(ranges)
}

fn protocol_of(node: Option<&Node>) -> Option<String> {
    let n = node?;
    let p = match &n.value {
        NodeValue::Number(x) => crate::value::format_number(*x),
        NodeValue::String(s) => s.trim().to_string(),
        _ => return None,
    };
    let p = p.to_ascii_lowercase();
    // IP protocol numbers for the named protocols.
    let named = match p.as_str() {
        "1" => "icmp",
        "6" => "tcp",
        "17" => "udp",
        "132" => "sctp",
        other => other,
    };
    Some(named.to_string())
}

/// True when `key` of `node` is set to something other than null or an empty list (or is
/// unknown, which might be set).
fn maybe_set(node: &Node, key: &str) -> bool {
    match node.get(key) {
        None => false,
        Some(n) => match &n.value {
            NodeValue::Null => false,
            NodeValue::List(l) => !l.is_empty(),
            NodeValue::String(s) => !s.is_empty(),
            _ => true,
        },
    }
}

/// The internet sources of a list of CIDR ranges: `Err(())` when the list is unknown.
fn internet_ranges(node: Option<&Node>) -> Result<Vec<OpenSource>, ()> {
    let Some(node) = node else {
        return Ok(Vec::new());
    };
    let list = string_list(node).ok_or(())?;
    Ok(list
        .into_iter()
        .filter(|(c, _)| net::is_internet(c))
        .map(|(c, span)| OpenSource {
            cidr: c.to_string(),
            span,
            implicit: false,
        })
        .collect())
}

/// Whether a rule is an enabled ingress rule: `None` when that is unknown.
fn enabled_ingress(cx: &Ctx, body: &Node) -> Option<bool> {
    let direction = match lookup(cx, body, "direction") {
        Setting::Missing => "INGRESS".to_string(),
        Setting::Unknown(_) => return None,
        Setting::Set(e) => e.node.as_str()?.to_ascii_uppercase(),
    };
    if direction != "INGRESS" {
        return Some(false);
    }
    match lookup(cx, body, "disabled") {
        Setting::Missing => Some(true),
        Setting::Unknown(_) => None,
        Setting::Set(e) => e.node.as_bool().map(|d| !d),
    }
}

/// The protocols an enabled ingress allow rule admits from the internet (0.0.0.0/0 or ::/0),
/// for `google_compute_firewall` and the firewall policy rule kinds. Rules whose direction,
/// state, action or sources are unknown yield nothing.
pub fn open_allows(cx: &Ctx) -> Vec<OpenAllow> {
    let body = cx.body();
    if enabled_ingress(cx, body) != Some(true) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if cx.resource.kind == "google_compute_firewall" {
        let explicit = match internet_ranges(body.get("source_ranges")) {
            Ok(s) => s,
            Err(()) => {
                cx.note_unknown(cx.resource.span_of("source_ranges"), "source_ranges");
                return Vec::new();
            }
        };
        let sources = if !explicit.is_empty() {
            explicit
        } else if !maybe_set(body, "source_ranges")
            && !maybe_set(body, "source_tags")
            && !maybe_set(body, "source_service_accounts")
        {
            // No source at all: Google applies the rule to 0.0.0.0/0.
            vec![OpenSource {
                cidr: "0.0.0.0/0".to_string(),
                span: cx.resource.span_of("source_ranges"),
                implicit: true,
            }]
        } else {
            Vec::new()
        };
        if sources.is_empty() {
            return Vec::new();
        }
        for (allow, span) in block_entries(body, "allow") {
            let Some(protocol) = protocol_of(allow.get("protocol")) else {
                continue;
            };
            out.push(OpenAllow {
                protocol,
                ports: parse_ports(allow.get("ports")),
                span,
                sources: sources.clone(),
            });
        }
        return out;
    }
    // Firewall policy rules: `action = "allow"`, sources and protocols under `match`.
    match lookup(cx, body, "action") {
        Setting::Set(e)
            if e.node.as_str().map(str::to_ascii_lowercase).as_deref() == Some("allow") => {}
        _ => return Vec::new(),
    }
    let Some((m, _)) = first_block(body, "match") else {
        return Vec::new();
    };
    let sources = match internet_ranges(m.get("src_ip_ranges")) {
        Ok(s) => s,
        Err(()) => return Vec::new(),
    };
    if sources.is_empty() {
        return Vec::new();
    }
    for (l4, span) in block_entries(m, "layer4_configs") {
        let Some(protocol) = protocol_of(l4.get("ip_protocol")) else {
            continue;
        };
        out.push(OpenAllow {
            protocol,
            ports: parse_ports(l4.get("ports")),
            span,
            sources: sources.clone(),
        });
    }
    out
}

/// Reports every internet source of `allow`; `what` (may be empty) completes the message.
pub fn report_open(cx: &Ctx, allow: &OpenAllow, what: &str) {
    for s in &allow.sources {
        let mut msg = if s.implicit {
            format!(
                "ingress rule sets no source, so it admits 0.0.0.0/0 to {}",
                allow.describe()
            )
        } else {
            format!("ingress rule admits {} to {}", s.cidr, allow.describe())
        };
        if !what.is_empty() {
            msg.push_str(", ");
            msg.push_str(what);
        }
        cx.report_related(s.span, msg, vec![(allow.span, "allowed here".to_string())]);
    }
}

// ---------------------------------------------------------------------------------------------
// Cloud SQL
// ---------------------------------------------------------------------------------------------

/// The database engine of a `google_sql_database_instance`: `POSTGRES_15`, ... (uppercase).
pub fn sql_version(body: &Node) -> Option<String> {
    body.get("database_version")
        .and_then(Node::as_str)
        .map(str::to_ascii_uppercase)
}

/// The `settings` block of a Cloud SQL instance.
pub fn sql_settings(body: &Node) -> Option<(&Node, Span)> {
    first_block(body, "settings")
}

/// A database flag of a Cloud SQL instance.
pub enum Flag<'a> {
    /// No flag of that name (the engine default applies).
    Missing,
    /// Some flag's name or value is unknown: it might be this one.
    Unknown,
    /// The flag with its value node and the span of its block.
    Set(&'a Node, Span),
}

/// Looks up database flag `name` (case-insensitive) in `settings`.
pub fn sql_flag<'a>(cx: &Ctx<'a>, settings: &'a Node, name: &str) -> Flag<'a> {
    let mut unknown = false;
    for (flag, span) in block_entries(settings, "database_flags") {
        if flag.is_unknown() {
            cx.note_unknown(span, "database_flags");
            unknown = true;
            continue;
        }
        match flag.get("name") {
            Some(n) if n.is_unknown() => {
                cx.note_unknown(span, "database_flags");
                unknown = true;
            }
            Some(n) if n.as_str().is_some_and(|s| s.eq_ignore_ascii_case(name)) => {
                return match flag.get("value") {
                    Some(v) if v.is_unknown() => {
                        cx.note_unknown(v.span, name);
                        Flag::Unknown
                    }
                    Some(v) => Flag::Set(v, span),
                    None => Flag::Unknown,
                };
            }
            _ => {}
        }
    }
    if settings
        .entries()
        .iter()
        .any(|e| e.key == "database_flags" && e.node.is_unknown())
    {
        unknown = true;
    }
    if unknown {
        Flag::Unknown
    } else {
        Flag::Missing
    }
}

/// True when the instance is a read replica (backups are configured on the primary).
pub fn sql_is_replica(body: &Node) -> bool {
    maybe_set(body, "master_instance_name")
        || body
            .get("instance_type")
            .and_then(Node::as_str)
            .is_some_and(|t| t == "READ_REPLICA_INSTANCE")
}

// ---------------------------------------------------------------------------------------------
// GKE
// ---------------------------------------------------------------------------------------------

/// The node configurations of a GKE cluster (its default `node_config` and each inline
/// `node_pool`'s) or of a `google_container_node_pool`, with where each is declared.
pub fn node_configs(r: &Resource) -> Vec<(&Node, Span)> {
    let mut out = block_entries(&r.body, "node_config");
    if r.kind == "google_container_cluster" {
        for (pool, _) in block_entries(&r.body, "node_pool") {
            out.extend(block_entries(pool, "node_config"));
        }
    }
    out
}

/// The node pools a resource manages: the `google_container_node_pool` itself, or the inline
/// `node_pool` blocks of a cluster, with the span of each declaration.
pub fn node_pools(r: &Resource) -> Vec<(&Node, Span)> {
    match r.kind.as_str() {
        "google_container_node_pool" => vec![(&r.body, r.span)],
        "google_container_cluster" => block_entries(&r.body, "node_pool"),
        _ => Vec::new(),
    }
}

/// True when the cluster is an Autopilot cluster (`enable_autopilot = true`); `None` when
/// unknown.
pub fn gke_autopilot(cx: &Ctx) -> Option<bool> {
    match lookup(cx, cx.body(), "enable_autopilot") {
        Setting::Missing => Some(false),
        Setting::Unknown(_) => None,
        Setting::Set(e) => e.node.as_bool(),
    }
}

/// A scalar value as it would be written in Terraform, for messages: `"TRUE"`, `false`, `3`.
pub fn show(node: &Node) -> String {
    match &node.value {
        NodeValue::String(s) => format!("{s:?}"),
        NodeValue::Bool(b) => b.to_string(),
        NodeValue::Number(n) => crate::value::format_number(*n),
        NodeValue::Null => "null".to_string(),
        _ => "a computed value".to_string(),
    }
}

/// True when some organization policy resource in the module enforces `constraint`
/// (`compute.requireOsLogin`, ...) or might (its constraint is unknown).
pub fn org_policy_mentions(cx: &Ctx, constraint: &str) -> bool {
    const KINDS: &[(&str, &str)] = &[
        ("google_project_organization_policy", "constraint"),
        ("google_folder_organization_policy", "constraint"),
        ("google_organization_policy", "constraint"),
        ("google_org_policy_policy", "name"),
    ];
    KINDS.iter().any(|(kind, attr)| {
        cx.graph.of_kind(kind).any(|(_, r)| {
            r.unit == cx.resource.unit
                && r.body.get(attr).is_some_and(|n| {
                    n.is_unknown() || n.as_str().is_some_and(|s| s.contains(constraint))
                })
        })
    })
}

/// True when a service account email is the Compute Engine default service account
/// (`PROJECT_NUMBER-compute@developer.gserviceaccount.com`) or the literal `default`.
pub fn is_default_compute_sa(email: &str) -> bool {
    let e = email.trim();
    e == "default" || e.ends_with("-compute@developer.gserviceaccount.com")
}

/// The `service_account` block of a VM or template when it uses the Compute Engine default
/// service account: `email` unset (the provider then picks the default) or set to it. Returns
/// the block, its header and a description of how the default is chosen.
pub fn default_service_account<'a>(cx: &Ctx<'a>) -> Option<(&'a Node, Span, String)> {
    let (sa, header) = first_block(cx.body(), "service_account")?;
    match lookup(cx, sa, "email") {
        Setting::Missing => Some((sa, header, "sets no `email`".to_string())),
        Setting::Unknown(_) => None,
        Setting::Set(e) => {
            let email = e.node.as_str()?;
            is_default_compute_sa(email).then(|| (sa, e.span(), format!("uses {email:?}")))
        }
    }
}

/// The `settings` block of a Cloud SQL instance whose `database_version` starts with
/// `engine` (`POSTGRES`, `MYSQL`, `SQLSERVER`), with the version. `None` when the engine is
/// another one or unknown.
pub fn sql_engine_settings<'a>(cx: &Ctx<'a>, engine: &str) -> Option<(&'a Node, Span, String)> {
    let version = match lookup(cx, cx.body(), "database_version") {
        Setting::Set(e) => e.node.as_str()?.to_ascii_uppercase(),
        _ => return None,
    };
    if !version.starts_with(engine) {
        return None;
    }
    let (settings, span) = sql_settings(cx.body())?;
    Some((settings, span, version))
}

/// The major version of a `POSTGRES_15`-style database version.
pub fn sql_major_version(version: &str) -> Option<u32> {
    version.split('_').nth(1)?.parse().ok()
}

/// Reports database flag `flag` of an `engine` instance when it is off, or when it is not set
/// and `default_on` is false. `why` completes the message.
pub fn require_flag_on(
    cx: &Ctx,
    engine: &str,
    flag: &str,
    default_on: impl Fn(&str) -> bool,
    why: &str,
) {
    let Some((settings, header, version)) = sql_engine_settings(cx, engine) else {
        return;
    };
    match sql_flag(cx, settings, flag) {
        Flag::Missing if !default_on(&version) => cx.report(
            header,
            format!("{version} instance does not set database flag `{flag}`, which is off by default, so {why}"),
        ),
        Flag::Set(v, _) if loose_bool(v) == Some(false) => cx.report(
            v.span,
            format!("database flag `{flag}` is {}, so {why}", show(v)),
        ),
        _ => {}
    }
}

/// Reports database flag `flag` of an `engine` instance when it is set on.
pub fn forbid_flag_on(cx: &Ctx, engine: &str, flag: &str, why: &str) {
    let Some((settings, _, _)) = sql_engine_settings(cx, engine) else {
        return;
    };
    if let Flag::Set(v, _) = sql_flag(cx, settings, flag)
        && loose_bool(v) == Some(true)
    {
        cx.report(
            v.span,
            format!("database flag `{flag}` is {}, which {why}", show(v)),
        );
    }
}

/// Whether a subnetwork is a regular VM subnet (`purpose` unset, `PRIVATE` or
/// `PRIVATE_RFC_1918`), as opposed to proxy-only, Private Service Connect, NAT or peer
/// migration subnets; `None` when its purpose is unknown.
pub fn subnet_is_regular(cx: &Ctx) -> Option<bool> {
    match lookup(cx, cx.body(), "purpose") {
        Setting::Missing => Some(true),
        Setting::Unknown(_) => None,
        Setting::Set(e) => Some(matches!(
            e.node.as_str()?.to_ascii_uppercase().as_str(),
            "PRIVATE" | "PRIVATE_RFC_1918"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn s(v: &str) -> Node {
        Node {
            value: NodeValue::String(v.to_string()),
            span: Span::new(FileId(0), 0, 0),
        }
    }

    #[test]
    fn ports_and_bools() {
        let list = Node {
            value: NodeValue::List(vec![s("22"), s("1000-2000")]),
            span: Span::new(FileId(0), 0, 0),
        };
        assert_eq!(
            parse_ports(Some(&list)),
            Ports::Ranges(vec![(22, 22), (1000, 2000)])
        );
        assert_eq!(parse_ports(None), Ports::All);
        assert_eq!(parse_ports(Some(&s("x"))), Ports::Unknown);
        assert_eq!(loose_bool(&s("TRUE")), Some(true));
        assert_eq!(loose_bool(&s("off")), Some(false));
        assert_eq!(loose_bool(&s("maybe")), None);
        assert!(is_public_member("allUsers"));
        assert!(!is_public_member("user:a@b.c"));
        assert_eq!(
            iam_shape("google_storage_bucket_iam_binding"),
            Some("_iam_binding")
        );
        assert_eq!(iam_shape("aws_iam_policy"), None);
    }
}
