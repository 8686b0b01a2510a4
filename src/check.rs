//! What a check is, and the context it runs in.
//!
//! A check is a `static CHECK: Check` in its own file under `checks/`; `build.rs` collects
//! them. Checks read the shared graph and report spans with messages; they know nothing about
//! output formats or the language server.

use std::cell::RefCell;

use crate::graph::{Entry, Framework, Graph, Node, Resource, ResourceId};
use crate::source::Span;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s.to_ascii_lowercase().as_str() {
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// A check's metadata and logic.
#[derive(Debug)]
pub struct Check {
    /// Stable id: `AWS-S3-001`.
    pub id: &'static str,
    /// Kebab-case name after the bad pattern: `s3-bucket-public-acl`.
    pub name: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    /// What it does and why it matters (markdown).
    pub description: &'static str,
    /// How to fix it (markdown).
    pub remediation: &'static str,
    /// Compliance references as `framework:control`, e.g. `cis-aws:2.1.1`, `nist-800-53:SC-28`.
    pub compliance: &'static [&'static str],
    /// Equivalent Checkov ids.
    pub checkov: &'static [&'static str],
    /// Equivalent Trivy ids with the aliases Trivy accepts (AVD id, short id, tfsec long id).
    pub trivy: &'static [&'static str],
    /// Links for further reading.
    pub references: &'static [&'static str],
    /// The resource kinds the check runs on.
    pub resource_kinds: &'static [&'static str],
    /// The formats the check supports (fixtures exist for each).
    pub frameworks: &'static [Framework],
    pub run: fn(&Ctx),
}

impl Check {
    /// Every id this check answers to: its own, its name and its equivalents.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> {
        [self.id, self.name]
            .into_iter()
            .chain(self.checkov.iter().copied())
            .chain(self.trivy.iter().copied())
    }
}

/// A check together with where it is defined (filled in by the generated registry).
pub struct Registered {
    pub check: &'static Check,
    /// Path of the check's source file relative to the repository root.
    pub source: &'static str,
    /// The check's fixtures as (file name, content): `fail.tf`, `pass.tf`, ...
    pub fixtures: &'static [(&'static str, &'static str)],
}

/// One problem a check found.
#[derive(Debug, Clone)]
pub struct Hit {
    pub span: Span,
    pub message: String,
    /// Other places that explain the finding (the resource that configures it, say).
    pub related: Vec<(Span, String)>,
}

/// The context a check runs in: one resource, the graph around it, and the hit sink.
pub struct Ctx<'a> {
    pub graph: &'a Graph,
    pub id: ResourceId,
    pub resource: &'a Resource,
    hits: RefCell<Vec<Hit>>,
    /// Settings the check looked at whose value was unknown (for `--strict-unknowns`).
    unknowns: RefCell<Vec<(Span, String)>>,
}

/// A setting looked up on a resource.
#[derive(Debug, Clone, Copy)]
pub enum Setting<'a> {
    /// Not configured: the provider default applies.
    Missing,
    /// Configured, but its value cannot be known statically.
    Unknown(&'a Entry),
    /// Configured with a known value.
    Set(&'a Entry),
}

impl<'a> Ctx<'a> {
    pub fn new(graph: &'a Graph, id: ResourceId) -> Ctx<'a> {
        Ctx {
            graph,
            id,
            resource: graph.get(id),
            hits: RefCell::new(Vec::new()),
            unknowns: RefCell::new(Vec::new()),
        }
    }

    pub fn into_hits(self) -> Vec<Hit> {
        self.hits.into_inner()
    }

    /// The hits, and the unknown settings the check looked at.
    pub fn into_parts(self) -> (Vec<Hit>, Vec<(Span, String)>) {
        (self.hits.into_inner(), self.unknowns.into_inner())
    }

    /// Records that the outcome depended on an unknown value (done automatically by
    /// [`Ctx::setting`] and [`Ctx::bool_or`]; checks that read nodes directly may call it).
    pub fn note_unknown(&self, span: Span, what: impl Into<String>) {
        self.unknowns.borrow_mut().push((span, what.into()));
    }

    pub fn body(&self) -> &'a Node {
        &self.resource.body
    }

    /// True when the resource came from a CloudFormation template.
    pub fn is_cloudformation(&self) -> bool {
        self.resource.framework == Framework::CloudFormation
    }

    /// Names a setting in the vocabulary of the resource's own format, for messages: `tf`
    /// (the Terraform attribute) or, on CloudFormation, `cfn` (the property).
    pub fn attr_name<'s>(&self, tf: &'s str, cfn: &'s str) -> &'s str {
        if self.is_cloudformation() { cfn } else { tf }
    }

    /// Reports a problem at `span`.
    pub fn report(&self, span: Span, message: impl Into<String>) {
        self.hits.borrow_mut().push(Hit {
            span,
            message: message.into(),
            related: Vec::new(),
        });
    }

    /// Reports a problem at `span` with related locations.
    pub fn report_related(
        &self,
        span: Span,
        message: impl Into<String>,
        related: Vec<(Span, String)>,
    ) {
        self.hits.borrow_mut().push(Hit {
            span,
            message: message.into(),
            related,
        });
    }

    /// Reports a missing setting at the resource's header.
    pub fn report_missing(&self, message: impl Into<String>) {
        self.report(self.resource.span, message);
    }

    /// Looks up a top-level attribute or block of the resource.
    pub fn setting(&self, key: &str) -> Setting<'a> {
        let s = setting(&self.resource.body, key);
        if let Setting::Unknown(e) = s {
            self.note_unknown(e.span(), key);
        }
        s
    }

    /// The effective boolean value of `key` and where to point: the attribute when set, the
    /// resource header when missing (then `default` applies). `None` when unknown or not a bool.
    pub fn bool_or(&self, key: &str, default: bool) -> Option<(bool, Span)> {
        if let Setting::Unknown(e) = setting(&self.resource.body, key) {
            self.note_unknown(e.span(), key);
        }
        bool_or(&self.resource.body, key, default, self.resource.span)
    }

    /// Resources of `kind` that configure this one through their attribute `attr`: by a
    /// reference in the graph, or by a literal equal to this resource's `name_attr`.
    pub fn configured_by(&self, kind: &str, attr: &str, name_attr: &str) -> Vec<&'a Resource> {
        let mut out: Vec<&'a Resource> = self
            .graph
            .referrers(self.id, kind, attr)
            .map(|(_, r)| r)
            .collect();
        if let Some(name) = self.resource.body.get(name_attr).and_then(Node::as_str) {
            for (_, r) in self.graph.of_kind(kind) {
                if r.body.get(attr).and_then(Node::as_str) == Some(name)
                    && !out.iter().any(|x| std::ptr::eq(*x, r))
                {
                    out.push(r);
                }
            }
        }
        out
    }

    /// True when a resource of `kind` has an `attr` that could not be resolved and so might
    /// configure this resource: checks for a missing companion resource then stay silent.
    pub fn maybe_configured_by(&self, kind: &str, attr: &str) -> bool {
        self.graph.has_unresolved(kind, attr, &self.resource.unit)
    }
}

/// Looks up `key` in a map node.
pub fn setting<'a>(node: &'a Node, key: &str) -> Setting<'a> {
    match node.entry(key) {
        None => Setting::Missing,
        Some(e) if e.node.is_unknown() => Setting::Unknown(e),
        Some(e) if e.node.is_null() => Setting::Missing,
        Some(e) => Setting::Set(e),
    }
}

/// See [`Ctx::bool_or`]; `missing_span` is where to point when the key is absent.
pub fn bool_or(node: &Node, key: &str, default: bool, missing_span: Span) -> Option<(bool, Span)> {
    match setting(node, key) {
        // Set to null (an omitted optional attribute, say): the attribute is still where to
        // point.
        Setting::Missing => Some((default, node.entry(key).map_or(missing_span, |e| e.span()))),
        Setting::Unknown(_) => None,
        Setting::Set(e) => e.node.as_bool().map(|b| (b, e.span())),
    }
}

/// Imports for check files.
pub mod prelude {
    pub use super::{Check, Ctx, Setting, Severity, bool_or, setting};
    pub use crate::facts;
    pub use crate::graph::{Entry, Framework, Node, NodeValue, Resource};
    pub use crate::net;
    pub use crate::policy::{self, PolicyDocument};
    pub use crate::source::Span;
    pub use crate::value::Value;
}
