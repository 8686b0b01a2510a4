//! Shared readings for the Azure compute checks: AKS clusters and node pools, virtual machines
//! and managed disks, App Service and Function Apps, Cosmos DB, Container Registry and Azure
//! Monitor.
//!
//! Every reader distinguishes a setting that is missing (the provider default applies), one
//! whose value cannot be known statically (checks stay silent) and a known value with the span
//! to point at. Attribute names that changed between azurerm major versions are read under
//! all their names.

use crate::check::{Ctx, Setting, setting};
use crate::graph::{Entry, Mode, Node, NodeValue};
use crate::source::Span;

/// A setting read from a node.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Read<T> {
    /// Not configured (or `null`): the provider default applies.
    Missing,
    /// Configured, but the value cannot be known statically (or is of an unexpected type).
    Unknown,
    /// A known value and the span of the attribute.
    Value(T, Span),
}

impl<T> Read<T> {
    pub fn is_missing(&self) -> bool {
        matches!(self, Read::Missing)
    }
}

/// Reads the first of `keys` that is set on `node` (names that mean the same across provider
/// versions), converted by `conv`. An unknown value is recorded on `cx`.
fn read<'a, T>(
    cx: &Ctx,
    node: &'a Node,
    keys: &[&str],
    conv: impl Fn(&'a Node) -> Option<T>,
) -> Read<T> {
    for key in keys {
        match setting(node, key) {
            Setting::Missing => continue,
            Setting::Unknown(e) => {
                cx.note_unknown(e.span(), *key);
                return Read::Unknown;
            }
            Setting::Set(e) => {
                return match conv(&e.node) {
                    Some(v) => Read::Value(v, e.span()),
                    None => Read::Unknown,
                };
            }
        }
    }
    Read::Missing
}

/// A boolean attribute under any of `keys`.
pub fn bool_at(cx: &Ctx, node: &Node, keys: &[&str]) -> Read<bool> {
    read(cx, node, keys, Node::as_bool)
}

/// A string attribute under any of `keys`.
pub fn str_at<'a>(cx: &Ctx, node: &'a Node, keys: &[&str]) -> Read<&'a str> {
    read(cx, node, keys, Node::as_str)
}

/// A number attribute under any of `keys`.
pub fn number_at(cx: &Ctx, node: &Node, keys: &[&str]) -> Read<f64> {
    read(cx, node, keys, Node::as_number)
}

/// A version-like attribute (`"1.2"` or `1.2`) under any of `keys`, as a number.
pub fn version_at(cx: &Ctx, node: &Node, keys: &[&str]) -> Read<f64> {
    read(cx, node, keys, |n| match &n.value {
        NodeValue::Number(x) => Some(*x),
        NodeValue::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A nested block (or a list or map attribute) read from a node.
#[derive(Debug, Clone, Copy)]
pub enum Block<'a> {
    Missing,
    /// The block is written as an expression whose value is unknown.
    Unknown,
    /// The first such block: its entry (for the header span) and its body.
    Present(&'a Entry, &'a Node),
}

/// The first block `key` of `node`. A `dynamic` block whose collection is unknown appears as
/// one representative block, so it counts as present.
pub fn block<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Block<'a> {
    let Some(entry) = node.entries().iter().find(|e| e.key == key) else {
        return Block::Missing;
    };
    match &entry.node.value {
        NodeValue::Null => Block::Missing,
        NodeValue::Unknown => {
            cx.note_unknown(entry.span(), key);
            Block::Unknown
        }
        NodeValue::List(items) => match items.first() {
            None => Block::Missing,
            Some(n) if n.is_unknown() => {
                cx.note_unknown(n.span, key);
                Block::Unknown
            }
            Some(n) => Block::Present(entry, n),
        },
        _ => Block::Present(entry, &entry.node),
    }
}

/// Every block `key` of `node` with the span its header has: repeated blocks, `dynamic`
/// expansions and elements of list attributes. `None` when some element is unknown.
pub fn all_blocks<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Option<Vec<(Span, &'a Node)>> {
    let mut out = Vec::new();
    for e in node.entries().iter().filter(|e| e.key == key) {
        match &e.node.value {
            NodeValue::Null => {}
            NodeValue::Unknown => {
                cx.note_unknown(e.span(), key);
                return None;
            }
            NodeValue::List(items) => {
                for n in items {
                    if n.is_unknown() {
                        cx.note_unknown(n.span, key);
                        return None;
                    }
                    out.push((e.key_span, n));
                }
            }
            _ => out.push((e.key_span, &e.node)),
        }
    }
    Some(out)
}

/// A list-of-strings attribute (or a single string, split on commas when `comma_separated`):
/// `Missing` when unset or null, `Unknown` when it or any element is unknown, else the
/// strings with their spans (empty for an empty list).
pub fn strings_at<'a>(
    cx: &Ctx,
    node: &'a Node,
    keys: &[&str],
    comma_separated: bool,
) -> Read<Vec<(&'a str, Span)>> {
    for key in keys {
        match setting(node, key) {
            Setting::Missing => continue,
            Setting::Unknown(e) => {
                cx.note_unknown(e.span(), *key);
                return Read::Unknown;
            }
            Setting::Set(e) => {
                let mut out = Vec::new();
                match &e.node.value {
                    NodeValue::String(s) if comma_separated => out.extend(
                        s.split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(|s| (s, e.node.span)),
                    ),
                    NodeValue::String(s) => out.push((s.as_str(), e.node.span)),
                    NodeValue::List(items) => {
                        for item in items {
                            match &item.value {
                                NodeValue::String(s) => out.push((s.as_str(), item.span)),
                                NodeValue::Null => {}
                                _ => {
                                    cx.note_unknown(item.span, *key);
                                    return Read::Unknown;
                                }
                            }
                        }
                    }
                    _ => return Read::Unknown,
                }
                return Read::Value(out, e.span());
            }
        }
    }
    Read::Missing
}

/// True when a resource of `kind` refers to this resource through `attr` (by reference, or
/// by a literal equal to this resource's `name_attr`), or might (its target is unresolved).
pub fn has_referrer(cx: &Ctx, kind: &str, attr: &str, name_attr: &str) -> bool {
    !cx.configured_by(kind, attr, name_attr).is_empty() || cx.maybe_configured_by(kind, attr)
}

// ---------------------------------------------------------------------------------------------
// AKS

/// One node pool of an AKS cluster: the body to read and where a missing setting points.
pub struct NodePool<'a> {
    pub body: &'a Node,
    /// The `default_node_pool` block header, or the node pool resource's header.
    pub span: Span,
    /// `default node pool` or `node pool`, for messages.
    pub label: &'static str,
}

/// The node pools of an `azurerm_kubernetes_cluster` (its `default_node_pool` blocks) or an
/// `azurerm_kubernetes_cluster_node_pool` (the resource itself). Unknown blocks are skipped.
pub fn node_pools<'a>(cx: &Ctx<'a>) -> Vec<NodePool<'a>> {
    if cx.resource.kind == "azurerm_kubernetes_cluster_node_pool" {
        return vec![NodePool {
            body: cx.body(),
            span: cx.resource.span,
            label: "node pool",
        }];
    }
    let mut out = Vec::new();
    for e in cx
        .body()
        .entries()
        .iter()
        .filter(|e| e.key == "default_node_pool")
    {
        let nodes: Vec<&Node> = match &e.node.value {
            NodeValue::List(items) => items.iter().collect(),
            NodeValue::Map(_) => vec![&e.node],
            _ => Vec::new(),
        };
        for n in nodes {
            if matches!(n.value, NodeValue::Map(_)) {
                out.push(NodePool {
                    body: n,
                    span: e.key_span,
                    label: "default node pool",
                });
            } else if n.is_unknown() {
                cx.note_unknown(n.span, "default_node_pool");
            }
        }
    }
    out
}

/// Whether Kubernetes RBAC is on for a cluster: `Value(false, span)` when turned off by
/// `role_based_access_control_enabled` (azurerm 2.99+) or the older
/// `role_based_access_control { enabled }` block; `Missing` when left at the default (on).
pub fn aks_rbac(cx: &Ctx) -> Read<bool> {
    let body = cx.body();
    match bool_at(cx, body, &["role_based_access_control_enabled"]) {
        Read::Missing => {}
        other => return other,
    }
    match block(cx, body, "role_based_access_control") {
        Block::Missing => Read::Missing,
        Block::Unknown => Read::Unknown,
        Block::Present(_, b) => bool_at(cx, b, &["enabled"]),
    }
}

/// An add-on of the azurerm 2.x `addon_profile` block (`oms_agent`, `azure_policy`):
/// `Some(read of its enabled flag)` when the block exists, `None` when there is none.
pub fn legacy_addon(cx: &Ctx, addon: &str) -> Option<Read<bool>> {
    match block(cx, cx.body(), "addon_profile") {
        Block::Missing => None,
        Block::Unknown => Some(Read::Unknown),
        Block::Present(_, profile) => match block(cx, profile, addon) {
            Block::Missing => Some(Read::Missing),
            Block::Unknown => Some(Read::Unknown),
            Block::Present(_, b) => Some(bool_at(cx, b, &["enabled"])),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// App Service and Function Apps

/// The deprecated resources of azurerm 2.x (removed in 4.0).
pub const LEGACY_APP_KINDS: &[&str] = &[
    "azurerm_app_service",
    "azurerm_app_service_slot",
    "azurerm_function_app",
    "azurerm_function_app_slot",
];

/// Every App Service and Function App kind.
pub const ALL_APP_KINDS: &[&str] = &[
    "azurerm_linux_web_app",
    "azurerm_windows_web_app",
    "azurerm_linux_web_app_slot",
    "azurerm_windows_web_app_slot",
    "azurerm_linux_function_app",
    "azurerm_windows_function_app",
    "azurerm_linux_function_app_slot",
    "azurerm_windows_function_app_slot",
    "azurerm_app_service",
    "azurerm_app_service_slot",
    "azurerm_function_app",
    "azurerm_function_app_slot",
];

/// True for the deprecated `azurerm_app_service` / `azurerm_function_app` resources.
pub fn is_legacy_app(cx: &Ctx) -> bool {
    LEGACY_APP_KINDS.contains(&cx.resource.kind.as_str())
}

/// `function app` or `web app`, for messages.
pub fn app_label(cx: &Ctx) -> &'static str {
    if cx.resource.kind.contains("function_app") {
        "function app"
    } else {
        "web app"
    }
}

/// A setting of the app's `site_config` block. `Missing` also when there is no `site_config`.
pub fn site_config_bool(cx: &Ctx, keys: &[&str]) -> Read<bool> {
    match block(cx, cx.body(), "site_config") {
        Block::Missing => Read::Missing,
        Block::Unknown => Read::Unknown,
        Block::Present(_, b) => bool_at(cx, b, keys),
    }
}

/// A string setting of the app's `site_config` block.
pub fn site_config_str<'a>(cx: &Ctx<'a>, keys: &[&str]) -> Read<&'a str> {
    match block(cx, cx.body(), "site_config") {
        Block::Missing => Read::Missing,
        Block::Unknown => Read::Unknown,
        Block::Present(_, b) => str_at(cx, b, keys),
    }
}

/// Where a finding about a setting missing from `site_config` points: the `site_config`
/// header when there is one, the resource header otherwise.
pub fn site_config_span(cx: &Ctx) -> Span {
    match block(cx, cx.body(), "site_config") {
        Block::Present(e, _) => e.key_span,
        _ => cx.resource.span,
    }
}

// ---------------------------------------------------------------------------------------------
// Azure Monitor

/// True when some `azurerm_monitor_diagnostic_setting` of the unit targets a data source of
/// `kind`: such a setting may configure a managed resource under another address.
pub fn diagnostic_setting_targets_data_source(cx: &Ctx, kind: &str) -> bool {
    cx.graph
        .of_kind("azurerm_monitor_diagnostic_setting")
        .filter(|(_, r)| r.unit == cx.resource.unit)
        .any(|(id, _)| {
            cx.graph
                .targets(id, "target_resource_id")
                .any(|(_, t)| t.kind == kind && t.mode == Mode::Data)
        })
}
