//! The shared resource graph: the one model every front end lowers into and every check reads.
//!
//! A [`Resource`] is format-neutral: a kind (`aws_s3_bucket`, later `AWS::S3::Bucket` or
//! `apps/v1/Deployment`), an address, a body of evaluated values where every node keeps the
//! span it came from, and its provenance. [`Edge`]s record that one resource refers to another.

use crate::source::{FileId, Span};
use crate::value::Value;

/// Which input format a resource came from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Framework {
    Terraform,
    CloudFormation,
    Kubernetes,
}

impl Framework {
    pub fn as_str(self) -> &'static str {
        match self {
            Framework::Terraform => "terraform",
            Framework::CloudFormation => "cloudformation",
            Framework::Kubernetes => "kubernetes",
        }
    }
}

/// An evaluated value with the span of the source it was evaluated from.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: NodeValue,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Node>),
    /// Attributes and nested blocks, in source order. A key may repeat (repeated blocks).
    Map(Vec<Entry>),
    Unknown,
}

/// A key of a map: an attribute (`encrypted = false`) or a nested block (`ingress { ... }`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    /// The attribute name, or the block type and labels.
    pub key_span: Span,
    pub node: Node,
}

impl Entry {
    /// The span a finding about this entry points at: the whole attribute for a scalar
    /// (`encrypted = false`), the key or block header for a map or list.
    pub fn span(&self) -> Span {
        match self.node.value {
            NodeValue::Map(_) | NodeValue::List(_) => self.key_span,
            _ => self.key_span.to(self.node.span),
        }
    }
}

impl Node {
    pub fn unknown(span: Span) -> Node {
        Node {
            value: NodeValue::Unknown,
            span,
        }
    }

    /// Builds a node tree from a value; every node gets `span`.
    pub fn from_value(v: &Value, span: Span) -> Node {
        let value = match v {
            Value::Null => NodeValue::Null,
            Value::Bool(b) => NodeValue::Bool(*b),
            Value::Number(n) => NodeValue::Number(*n),
            Value::String(s) => NodeValue::String(s.clone()),
            Value::List(l) => {
                NodeValue::List(l.iter().map(|x| Node::from_value(x, span)).collect())
            }
            Value::Map(m) => NodeValue::Map(
                m.iter()
                    .map(|(k, x)| Entry {
                        key: k.clone(),
                        key_span: span,
                        node: Node::from_value(x, span),
                    })
                    .collect(),
            ),
            Value::Unknown => NodeValue::Unknown,
        };
        Node { value, span }
    }

    /// The plain value of this node (spans dropped).
    pub fn to_value(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Number(n) => Value::Number(*n),
            NodeValue::String(s) => Value::String(s.clone()),
            NodeValue::List(l) => Value::List(l.iter().map(Node::to_value).collect()),
            NodeValue::Map(m) => {
                let mut out = std::collections::BTreeMap::new();
                for e in m {
                    let v = e.node.to_value();
                    // repeated keys (blocks) become a list
                    match out.remove(&e.key) {
                        None => {
                            out.insert(e.key.clone(), v);
                        }
                        Some(Value::List(mut l)) if matches!(e.node.value, NodeValue::Map(_)) => {
                            l.push(v);
                            out.insert(e.key.clone(), Value::List(l));
                        }
                        Some(prev) => {
                            out.insert(e.key.clone(), Value::List(vec![prev, v]));
                        }
                    }
                }
                Value::Map(out)
            }
            NodeValue::Unknown => Value::Unknown,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.value, NodeValue::Unknown)
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            NodeValue::Map(m) => m,
            _ => &[],
        }
    }

    /// The first entry with this key.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key == key)
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.node)
    }

    /// Every map under `key`: each repeated block, and each element of a list-valued
    /// attribute. Unknown elements are yielded too, so callers can stay conservative.
    pub fn blocks<'s, 'k>(&'s self, key: &'k str) -> impl Iterator<Item = &'s Node> + use<'s, 'k> {
        self.entries()
            .iter()
            .filter(move |e| e.key == key)
            .flat_map(|e| match &e.node.value {
                NodeValue::List(items) => items.iter().collect::<Vec<_>>(),
                _ => vec![&e.node],
            })
    }

    /// Follows a dotted path through maps, taking the first block at each step.
    pub fn path(&self, path: &str) -> Option<&Node> {
        let mut cur = self;
        for part in path.split('.') {
            cur = cur.blocks(part).next()?;
        }
        Some(cur)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            NodeValue::Bool(b) => Some(*b),
            NodeValue::String(s) if s == "true" => Some(true),
            NodeValue::String(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            NodeValue::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<f64> {
        match &self.value {
            NodeValue::Number(n) => Some(*n),
            NodeValue::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Node]> {
        match &self.value {
            NodeValue::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, NodeValue::Null)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceId(pub u32);

/// Whether a Terraform block is a managed resource, a data source or a provider configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Managed,
    Data,
    /// A `provider "aws" {}` block: kind `provider.aws`, address `provider.aws` (or
    /// `provider.aws.west` for an alias).
    Provider,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub framework: Framework,
    pub mode: Mode,
    /// The resource type: `aws_s3_bucket`.
    pub kind: String,
    /// The local name: `b`.
    pub name: String,
    /// The full address: `module.logs.aws_s3_bucket.b["x"]`.
    pub address: String,
    /// The address of the module instance that holds it (empty for a root module).
    pub module_path: String,
    /// The directory (Terraform module) or file (template, manifest) it belongs to.
    pub unit: String,
    pub file: FileId,
    /// Where a finding about a missing setting points: the block header.
    pub span: Span,
    /// The evaluated attributes and nested blocks.
    pub body: Node,
    /// Where values used by attributes were set (a variable's default, a module argument, a
    /// variables file): (the attribute's span, the origin's span, a message).
    pub origins: Vec<(Span, Span, String)>,
    /// The headers of the module calls this resource was reached through, outermost first.
    pub call_chain: Vec<Span>,
    /// JSON documents (policies) whose value is unknown as a whole but partly known: keyed by
    /// the span of the unknown node, the decoded document with unknown leaves.
    pub partials: Vec<(Span, Value)>,
    /// For a CloudFormation resource evaluated with one unknown condition fixed: which
    /// (`when condition IsProd is false`). Findings of a variant that the resource itself
    /// does not have say under which condition they hold.
    pub variant: Option<String>,
    /// Suppressions written on the resource itself (Kubernetes annotations, CloudFormation
    /// `Metadata`): (check id or equivalent, reason, where).
    pub skips: Vec<(String, String, Span)>,
}

impl Resource {
    /// The partly known JSON document behind an unknown node, if any.
    pub fn partial(&self, node: &Node) -> Option<&Value> {
        if !node.is_unknown() {
            return None;
        }
        self.partials
            .iter()
            .find(|(s, _)| *s == node.span)
            .map(|(_, v)| v)
    }
}

impl Resource {
    /// The span to point at for `key`, or the resource header when it is not set.
    pub fn span_of(&self, key: &str) -> Span {
        self.body.entry(key).map(Entry::span).unwrap_or(self.span)
    }
}

/// `from` refers to `to` through its attribute `attr` (the top-level attribute or block name).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edge {
    pub from: ResourceId,
    pub to: ResourceId,
    pub attr: String,
}

/// A unit's resources and the references between them.
#[derive(Debug, Default)]
pub struct Graph {
    pub resources: Vec<Resource>,
    pub edges: Vec<Edge>,
    /// Resources (by id) whose `attr` refers to something that could not be resolved; a check
    /// looking for "is this configured elsewhere" must assume it might be.
    pub unresolved: Vec<(ResourceId, String)>,
    /// The attributes of the target an edge's references name (CloudFormation's
    /// `Fn::GetAtt Vpc.DefaultSecurityGroup` gives `DefaultSecurityGroup`); an edge made only
    /// by references to the target itself (`Ref`, a Terraform reference) has none.
    edge_attributes: std::collections::HashMap<Edge, Vec<String>>,
    /// The strings inside the values of Terraform variables and outputs declared
    /// `sensitive = true`: every report masks them like other secrets, wherever they appear
    /// (in the source excerpts and inside any string derived from them).
    pub sensitive: Vec<String>,
    /// Lookup tables, built by [`Graph::freeze`] once lowering is done (checks run on a frozen
    /// graph; before that, lookups scan).
    index: std::sync::OnceLock<Index>,
    /// Resources by kind, built on first use and dropped when a resource is added.
    kinds: std::sync::OnceLock<std::collections::HashMap<String, Vec<ResourceId>>>,
}

#[derive(Debug, Default)]
struct Index {
    edges_to: std::collections::HashMap<ResourceId, Vec<usize>>,
    edges_from: std::collections::HashMap<ResourceId, Vec<usize>>,
    unresolved: std::collections::HashSet<(String, String, String)>,
}

impl Graph {
    /// Builds the lookup tables: call after the last resource and edge are added.
    pub fn freeze(&self) {
        self.index.get_or_init(|| {
            let mut ix = Index::default();
            for (i, e) in self.edges.iter().enumerate() {
                ix.edges_to.entry(e.to).or_default().push(i);
                ix.edges_from.entry(e.from).or_default().push(i);
            }
            for (id, a) in &self.unresolved {
                let r = self.get(*id);
                ix.unresolved
                    .insert((r.kind.clone(), a.clone(), r.unit.clone()));
            }
            ix
        });
    }

    fn edges_to(&self, id: ResourceId) -> Vec<&Edge> {
        match self.index.get() {
            Some(ix) => ix
                .edges_to
                .get(&id)
                .map(|v| v.iter().map(|&i| &self.edges[i]).collect())
                .unwrap_or_default(),
            None => self.edges.iter().filter(|e| e.to == id).collect(),
        }
    }

    fn edges_from(&self, id: ResourceId) -> Vec<&Edge> {
        match self.index.get() {
            Some(ix) => ix
                .edges_from
                .get(&id)
                .map(|v| v.iter().map(|&i| &self.edges[i]).collect())
                .unwrap_or_default(),
            None => self.edges.iter().filter(|e| e.from == id).collect(),
        }
    }

    /// Records that `edge` refers to the `attribute` of its target.
    pub fn add_edge_attribute(&mut self, edge: &Edge, attribute: String) {
        let list = self.edge_attributes.entry(edge.clone()).or_default();
        if !list.contains(&attribute) {
            list.push(attribute);
        }
    }

    /// The attributes of its target that `edge` refers to (see [`Graph::add_edge_attribute`]).
    pub fn edge_attributes(&self, edge: &Edge) -> &[String] {
        self.edge_attributes
            .get(edge)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Resources `from` refers to through `attr` by naming their `attribute`
    /// (`security_group_id` set to `Fn::GetAtt Vpc.DefaultSecurityGroup`).
    pub fn targets_via<'g, 's>(
        &'g self,
        from: ResourceId,
        attr: &'s str,
        attribute: &'s str,
    ) -> impl Iterator<Item = (ResourceId, &'g Resource)> + use<'g, 's> {
        self.edges_from(from)
            .into_iter()
            .filter(move |e| {
                e.attr == attr && self.edge_attributes(e).iter().any(|a| a == attribute)
            })
            .map(|e| (e.to, self.get(e.to)))
    }

    pub fn add(&mut self, r: Resource) -> ResourceId {
        self.kinds.take();
        self.resources.push(r);
        ResourceId((self.resources.len() - 1) as u32)
    }

    pub fn get(&self, id: ResourceId) -> &Resource {
        &self.resources[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (ResourceId, &Resource)> {
        self.resources
            .iter()
            .enumerate()
            .map(|(i, r)| (ResourceId(i as u32), r))
    }

    pub fn of_kind<'g, 's>(
        &'g self,
        kind: &'s str,
    ) -> impl Iterator<Item = (ResourceId, &'g Resource)> + use<'g, 's> {
        let kinds = self.kinds.get_or_init(|| {
            let mut m: std::collections::HashMap<String, Vec<ResourceId>> = Default::default();
            for (id, r) in self.iter() {
                m.entry(r.kind.clone()).or_default().push(id);
            }
            m
        });
        kinds
            .get(kind)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(move |&id| (id, self.get(id)))
    }

    /// Resources of `kind` whose `attr` refers to `target`.
    pub fn referrers<'g, 's>(
        &'g self,
        target: ResourceId,
        kind: &'s str,
        attr: &'s str,
    ) -> impl Iterator<Item = (ResourceId, &'g Resource)> + use<'g, 's> {
        self.edges_to(target)
            .into_iter()
            .filter(move |e| e.attr == attr)
            .map(|e| (e.from, self.get(e.from)))
            .filter(move |(_, r)| r.kind == kind)
    }

    /// Resources `from` refers to through `attr`.
    pub fn targets<'g, 's>(
        &'g self,
        from: ResourceId,
        attr: &'s str,
    ) -> impl Iterator<Item = (ResourceId, &'g Resource)> + use<'g, 's> {
        self.edges_from(from)
            .into_iter()
            .filter(move |e| e.attr == attr)
            .map(|e| (e.to, self.get(e.to)))
    }

    /// True when some resource of `kind` has an `attr` whose target could not be resolved, in
    /// the same unit as `r` (it might target `r`).
    pub fn has_unresolved(&self, kind: &str, attr: &str, unit: &str) -> bool {
        if let Some(ix) = self.index.get() {
            return ix
                .unresolved
                .contains(&(kind.to_string(), attr.to_string(), unit.to_string()));
        }
        self.unresolved.iter().any(|(id, a)| {
            let x = self.get(*id);
            a == attr && x.kind == kind && x.unit == unit
        })
    }
}
