//! Relations between Kubernetes objects: namespaces, label selectors, service accounts, RBAC
//! bindings and the rules of roles. `kubernetes::links` records the relations as graph edges;
//! checks read them through these helpers.
//!
//! Objects without `metadata.namespace` are all in one shared, unnamed namespace: they match
//! each other and nothing in a named namespace (the namespace they end up in is chosen when
//! they are applied).

use crate::facts::k8s;
use crate::graph::{Graph, Node, NodeValue, Resource, ResourceId};
use crate::source::Span;

/// Kinds that run pods (every workload kind except `PodTemplate`, which only describes one).
pub const RUNNING_KINDS: &[&str] = &[
    "Pod",
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "ReplicationController",
    "Job",
    "CronJob",
];

/// The binding kinds.
pub const BINDING_KINDS: &[&str] = &["RoleBinding", "ClusterRoleBinding"];

/// The role kinds.
pub const ROLE_KINDS: &[&str] = &["Role", "ClusterRole"];

/// The namespace of an object (`None`: the shared unnamed namespace).
pub fn namespace(r: &Resource) -> Option<&str> {
    r.body.get("metadata")?.get("namespace")?.as_str()
}

/// The name of an object.
pub fn name(r: &Resource) -> &str {
    r.body
        .get("metadata")
        .and_then(|m| m.get("name"))
        .and_then(Node::as_str)
        .unwrap_or("")
}

/// `Kind "name"` for messages.
pub fn describe(r: &Resource) -> String {
    format!("{} \"{}\"", r.kind, name(r))
}

/// What a workload runs, for messages: `Pod "debug"`, `the pods of Deployment "cart"`.
pub fn describe_pods(r: &Resource) -> String {
    if r.kind == "Pod" {
        describe(r)
    } else {
        format!("the pods of {}", describe(r))
    }
}

/// `namespace/name`, or `name` in the unnamed namespace.
pub fn qualified(ns: Option<&str>, name: &str) -> String {
    match ns {
        Some(ns) => format!("{ns}/{name}"),
        None => name.to_string(),
    }
}

/// A scalar as the string Kubernetes would see (labels and selector values are strings).
pub fn scalar(n: &Node) -> Option<String> {
    match &n.value {
        NodeValue::String(s) => Some(s.clone()),
        NodeValue::Bool(b) => Some(b.to_string()),
        NodeValue::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
            Some(format!("{}", *x as i64))
        }
        NodeValue::Number(x) => Some(x.to_string()),
        _ => None,
    }
}

/// The outcome of matching a selector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Yes,
    No,
    /// The selector or the labels could not be read.
    Unknown,
}

impl Match {
    fn and(self, other: Match) -> Match {
        match (self, other) {
            (Match::No, _) | (_, Match::No) => Match::No,
            (Match::Unknown, _) | (_, Match::Unknown) => Match::Unknown,
            _ => Match::Yes,
        }
    }
}

/// The labels of the pods a workload runs (its pod template's labels, a Pod's own labels).
/// `None` when they cannot be read (not a map).
pub fn pod_labels(r: &Resource) -> Option<Vec<(&str, Option<String>)>> {
    let Some(labels) = k8s::pod_metadata(r).and_then(|m| m.get("labels")) else {
        return Some(Vec::new());
    };
    match &labels.value {
        NodeValue::Null => Some(Vec::new()),
        NodeValue::Map(entries) => Some(
            entries
                .iter()
                .map(|e| (e.key.as_str(), scalar(&e.node)))
                .collect(),
        ),
        _ => None,
    }
}

/// Whether `labels` has `key` with `value`.
fn label_is(labels: &[(&str, Option<String>)], key: &str, value: &str) -> Match {
    match labels.iter().find(|(k, _)| *k == key) {
        None => Match::No,
        Some((_, None)) => Match::Unknown,
        Some((_, Some(v))) => {
            if v == value {
                Match::Yes
            } else {
                Match::No
            }
        }
    }
}

/// Matches equality requirements written as a map (`Service.spec.selector`, `matchLabels`).
fn match_map(sel: &Node, labels: &[(&str, Option<String>)]) -> Match {
    let mut out = Match::Yes;
    match &sel.value {
        NodeValue::Null => {}
        NodeValue::Map(entries) => {
            for e in entries {
                out = out.and(match scalar(&e.node) {
                    Some(v) => label_is(labels, &e.key, &v),
                    None => Match::Unknown,
                });
            }
        }
        _ => return Match::Unknown,
    }
    out
}

/// Whether a Service selector (a plain map, every pair required) selects pods with `labels`.
/// An empty selector selects nothing here: a Service without a selector manages no endpoints.
pub fn service_selects(selector: &Node, labels: &[(&str, Option<String>)]) -> Match {
    if selector.entries().is_empty() {
        return match selector.value {
            NodeValue::Map(_) | NodeValue::Null => Match::No,
            _ => Match::Unknown,
        };
    }
    match_map(selector, labels)
}

/// Whether a `LabelSelector` (`matchLabels` and `matchExpressions`) selects pods with
/// `labels`. An empty or null selector selects every pod.
pub fn label_selector_matches(sel: &Node, labels: &[(&str, Option<String>)]) -> Match {
    match &sel.value {
        NodeValue::Null => return Match::Yes,
        NodeValue::Map(_) => {}
        _ => return Match::Unknown,
    }
    let mut out = Match::Yes;
    for e in sel.entries() {
        match e.key.as_str() {
            "matchLabels" => out = out.and(match_map(&e.node, labels)),
            "matchExpressions" => {
                let Some(list) = e.node.as_list() else {
                    if !e.node.is_null() {
                        out = out.and(Match::Unknown);
                    }
                    continue;
                };
                for x in list {
                    out = out.and(expression(x, labels));
                }
            }
            _ => {}
        }
    }
    out
}

/// One `matchExpressions` requirement.
fn expression(x: &Node, labels: &[(&str, Option<String>)]) -> Match {
    let (Some(key), Some(op)) = (
        x.get("key").and_then(Node::as_str),
        x.get("operator").and_then(Node::as_str),
    ) else {
        return Match::Unknown;
    };
    let present = labels.iter().find(|(k, _)| *k == key);
    let values: Option<Vec<String>> = x
        .get("values")
        .map(|v| match v.as_list() {
            Some(l) => l.iter().map(scalar).collect(),
            None if v.is_null() => Some(Vec::new()),
            None => None,
        })
        .unwrap_or(Some(Vec::new()));
    let yes = |b: bool| if b { Match::Yes } else { Match::No };
    match op {
        "Exists" => yes(present.is_some()),
        "DoesNotExist" => yes(present.is_none()),
        "In" | "NotIn" => {
            let Some(values) = values else {
                return Match::Unknown;
            };
            let inside = match present {
                None => Match::No,
                Some((_, None)) => return Match::Unknown,
                Some((_, Some(v))) => yes(values.contains(v)),
            };
            match (op, inside) {
                ("In", m) => m,
                (_, Match::Yes) => Match::No,
                _ => Match::Yes,
            }
        }
        _ => Match::Unknown,
    }
}

/// The service account a workload's pods run as: `serviceAccountName` (or the deprecated
/// `serviceAccount`), else `default`, with the span of the setting when it is written.
/// `None` when the setting is not a string.
pub fn service_account(r: &Resource) -> Option<(&str, Option<Span>)> {
    let spec = k8s::pod_spec(r)?;
    for key in ["serviceAccountName", "serviceAccount"] {
        if let Some(e) = spec.entry(key).filter(|e| !e.node.is_null()) {
            let name = e.node.as_str()?;
            if !name.is_empty() {
                return Some((name, Some(e.span())));
            }
        }
    }
    Some(("default", None))
}

/// One subject of a binding.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// `ServiceAccount`, `User` or `Group`.
    pub kind: &'a str,
    pub name: &'a str,
    /// For a service account: its namespace (the binding's own for a RoleBinding that leaves it
    /// out, as the authorizer reads it).
    pub namespace: Option<&'a str>,
    /// The subject's list item.
    pub span: Span,
    /// The `name: ...` line.
    pub name_span: Span,
}

impl Subject<'_> {
    pub fn describe(&self) -> String {
        match self.kind {
            "ServiceAccount" => format!(
                "service account \"{}\"",
                qualified(self.namespace, self.name)
            ),
            k => format!("{} \"{}\"", k.to_lowercase(), self.name),
        }
    }

    /// Whether this subject includes the service account `name` of namespace `ns`: the
    /// account itself, or the groups of all service accounts (of its namespace).
    pub fn includes_service_account(&self, ns: Option<&str>, name: &str) -> bool {
        match self.kind {
            "ServiceAccount" => self.name == name && self.namespace == ns,
            "Group" => {
                self.name == "system:serviceaccounts"
                    || ns.is_some_and(|ns| {
                        self.name.strip_prefix("system:serviceaccounts:") == Some(ns)
                    })
            }
            _ => false,
        }
    }
}

/// The subjects of a RoleBinding or ClusterRoleBinding that could be read.
pub fn subjects(r: &Resource) -> Vec<Subject<'_>> {
    let binding_ns = if r.kind == "RoleBinding" {
        namespace(r)
    } else {
        None
    };
    let mut out = Vec::new();
    for s in r
        .body
        .get("subjects")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        let (Some(kind), Some(name_entry)) =
            (s.get("kind").and_then(Node::as_str), s.entry("name"))
        else {
            continue;
        };
        let Some(name) = name_entry.node.as_str() else {
            continue;
        };
        let namespace = match s.get("namespace").and_then(Node::as_str) {
            Some(ns) if !ns.is_empty() => Some(ns),
            _ if kind == "ServiceAccount" => binding_ns,
            _ => None,
        };
        out.push(Subject {
            kind,
            name,
            namespace,
            span: s.span,
            name_span: name_entry.span(),
        });
    }
    out
}

/// The role a binding refers to.
#[derive(Debug, Clone, Copy)]
pub struct RoleRef<'a> {
    /// `Role` or `ClusterRole`.
    pub kind: &'a str,
    pub name: &'a str,
    /// The `name: ...` line of `roleRef`.
    pub name_span: Span,
}

/// A binding's `roleRef`, when readable.
pub fn role_ref(r: &Resource) -> Option<RoleRef<'_>> {
    let rr = r.body.get("roleRef")?;
    let kind = rr.get("kind").and_then(Node::as_str)?;
    let e = rr.entry("name")?;
    Some(RoleRef {
        kind,
        name: e.node.as_str()?,
        name_span: e.span(),
    })
}

/// A string list of a rule (`verbs`, `resources`, ...): its string elements and their spans.
/// A lone string counts as a one-element list.
fn strings(n: Option<&Node>) -> Vec<(&str, Span)> {
    match n {
        None => Vec::new(),
        Some(n) => match &n.value {
            NodeValue::String(s) => vec![(s.as_str(), n.span)],
            NodeValue::List(items) => items
                .iter()
                .filter_map(|i| i.as_str().map(|s| (s, i.span)))
                .collect(),
            _ => Vec::new(),
        },
    }
}

/// One rule of a Role or ClusterRole.
#[derive(Debug, Clone)]
pub struct Rule<'a> {
    pub node: &'a Node,
    pub api_groups: Vec<(&'a str, Span)>,
    pub resources: Vec<(&'a str, Span)>,
    pub verbs: Vec<(&'a str, Span)>,
    pub resource_names: Vec<(&'a str, Span)>,
}

impl<'a> Rule<'a> {
    /// Whether the rule covers API group `group` (by name or `*`).
    pub fn covers_group(&self, group: &str) -> bool {
        self.api_groups
            .iter()
            .any(|(g, _)| *g == group || *g == "*")
    }

    /// The resources of the rule named in `names` (wildcards not included).
    pub fn named_resources(&self, names: &[&str]) -> Vec<(&'a str, Span)> {
        self.resources
            .iter()
            .filter(|(r, _)| names.contains(r))
            .copied()
            .collect()
    }

    /// The verbs of the rule named in `names` (wildcards not included).
    pub fn named_verbs(&self, names: &[&str]) -> Vec<(&'a str, Span)> {
        self.verbs
            .iter()
            .filter(|(v, _)| names.contains(v))
            .copied()
            .collect()
    }

    pub fn has_verb(&self, v: &str) -> bool {
        self.verbs.iter().any(|(x, _)| *x == v)
    }

    pub fn has_resource(&self, r: &str) -> bool {
        self.resources.iter().any(|(x, _)| *x == r)
    }

    /// True when the rule is limited to named objects (`resourceNames`).
    pub fn is_limited_to_names(&self) -> bool {
        !self.resource_names.is_empty()
    }

    /// True for a rule granting every verb on every resource of every API group.
    pub fn is_full_wildcard(&self) -> bool {
        self.covers_group("*") && self.has_resource("*") && self.has_verb("*")
    }
}

/// The rules of a Role or ClusterRole. A ClusterRole with an `aggregationRule` has its rules
/// filled in by the control plane (whatever the manifest says), so it has none here.
pub fn rules(r: &Resource) -> Vec<Rule<'_>> {
    if !ROLE_KINDS.contains(&r.kind.as_str()) || r.body.get("aggregationRule").is_some() {
        return Vec::new();
    }
    r.body
        .get("rules")
        .and_then(Node::as_list)
        .unwrap_or_default()
        .iter()
        .map(|n| Rule {
            node: n,
            api_groups: strings(n.get("apiGroups")),
            resources: strings(n.get("resources")),
            verbs: strings(n.get("verbs")),
            resource_names: strings(n.get("resourceNames")),
        })
        .collect()
}

/// Quotes and joins names for messages: `"get", "list"`.
pub fn quoted(names: &[&str]) -> String {
    let mut v: Vec<String> = Vec::new();
    for n in names {
        let q = format!("\"{n}\"");
        if !v.contains(&q) {
            v.push(q);
        }
    }
    v.join(", ")
}

/// Whether a binding grants cluster-admin: it refers to the built-in `cluster-admin`
/// ClusterRole, or to a role of the unit (through its `roleRef` edge) with a rule granting
/// every verb on every resource of every API group.
pub fn grants_cluster_admin(graph: &Graph, binding: ResourceId) -> bool {
    let r = graph.get(binding);
    let Some(rr) = role_ref(r) else {
        return false;
    };
    if rr.kind == "ClusterRole" && rr.name == "cluster-admin" {
        return true;
    }
    graph
        .targets(binding, "roleRef")
        .any(|(_, role)| rules(role).iter().any(Rule::is_full_wildcard))
}

/// Names for a message, at most four: `"a", "b", "c", "d" and 3 more`.
pub fn quoted_some(names: &[&str]) -> String {
    let mut uniq: Vec<&str> = Vec::new();
    for n in names {
        if !uniq.contains(n) {
            uniq.push(n);
        }
    }
    if uniq.len() <= 4 {
        return quoted(&uniq);
    }
    format!("{} and {} more", quoted(&uniq[..4]), uniq.len() - 4)
}

impl Rule<'_> {
    /// The API groups of the rule for a message: `every API group`, `the core API group`,
    /// `API groups "apps", "batch"`.
    pub fn groups_text(&self) -> String {
        let groups: Vec<&str> = self.api_groups.iter().map(|(g, _)| *g).collect();
        if groups.contains(&"*") {
            "every API group".to_string()
        } else if groups == [""] {
            "the core API group".to_string()
        } else {
            let named: Vec<&str> = groups
                .iter()
                .map(|g| if g.is_empty() { "core" } else { g })
                .collect();
            let word = if named.len() == 1 {
                "API group"
            } else {
                "API groups"
            };
            format!("{word} {}", quoted_some(&named))
        }
    }

    /// The resources of the rule for a message: `every resource`, `"pods", "secrets"`.
    pub fn resources_text(&self) -> String {
        if self.has_resource("*") {
            "every resource".to_string()
        } else {
            let names: Vec<&str> = self.resources.iter().map(|(r, _)| *r).collect();
            quoted_some(&names)
        }
    }

    /// The verbs of the rule for a message: `every verb`, `"get", "list"`.
    pub fn verbs_text(&self) -> String {
        if self.has_verb("*") {
            "every verb".to_string()
        } else {
            let names: Vec<&str> = self.verbs.iter().map(|(v, _)| *v).collect();
            quoted_some(&names)
        }
    }
}
