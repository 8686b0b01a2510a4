//! Shared readings for the IAM, KMS and CloudTrail checks: the policy documents a resource
//! carries, where each statement came from, and IAM action / resource pattern matching.

use crate::check::Ctx;
use crate::graph::{Entry, Mode, Node, NodeValue, Resource};
use crate::policy::{PolicyDocument, Statement};
use crate::source::Span;

/// Resource kinds that carry an identity-based policy (one granting permissions to the
/// principal it is attached to).
pub const IDENTITY_POLICY_KINDS: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
    "aws_ssoadmin_permission_set_inline_policy",
];

/// A policy document read from one attribute of a resource.
pub struct PolicyAttr<'a> {
    /// The attribute holding the policy (`policy = ...`).
    pub entry: &'a Entry,
    pub doc: PolicyDocument,
    /// The top-level attribute or block the policy hangs under, for following references.
    top: &'static str,
    /// For each statement of `doc`, the `statement` block of the `aws_iam_policy_document`
    /// data source it was written in, when already worked out.
    origins: Option<Vec<Option<(Span, String)>>>,
}

impl PolicyAttr<'_> {
    /// Where a finding about the policy points.
    pub fn span(&self) -> Span {
        self.entry.span()
    }

    /// Related locations for a finding about statement `index`: the `statement` block of the
    /// single `aws_iam_policy_document` data source the policy was rendered from, if any.
    pub fn statement_origin(&self, cx: &Ctx, index: usize) -> Vec<(Span, String)> {
        let origins = match &self.origins {
            Some(o) => o.clone(),
            None => rendered_origins(cx, self.top, self.doc.statements.len()),
        };
        origins.get(index).cloned().flatten().into_iter().collect()
    }
}

/// Origins of the statements of a rendered document: its data source's statement blocks,
/// in order, when their number matches.
fn rendered_origins(cx: &Ctx, top: &str, count: usize) -> Vec<Option<(Span, String)>> {
    if let Some(source) = document_source(cx, top) {
        let blocks = statement_blocks(source);
        if blocks.len() == count {
            return blocks.iter().map(|b| Some(origin(b, source))).collect();
        }
    }
    vec![None; count]
}

/// The single `aws_iam_policy_document` data source the attribute `top` of this resource
/// refers to, if there is exactly one.
fn document_source<'a>(cx: &Ctx<'a>, top: &str) -> Option<&'a Resource> {
    let sources: Vec<&'a Resource> = cx
        .graph
        .targets(cx.id, top)
        .map(|(_, r)| r)
        .filter(|r| r.mode == Mode::Data && r.kind == "aws_iam_policy_document")
        .collect();
    match sources.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

fn statement_blocks(source: &Resource) -> Vec<&Entry> {
    source
        .body
        .entries()
        .iter()
        .filter(|e| e.key == "statement")
        .collect()
}

fn origin(block: &Entry, source: &Resource) -> (Span, String) {
    (block.key_span, format!("statement of {}", source.address))
}

fn contains_unknown(node: &Node) -> bool {
    match &node.value {
        NodeValue::Unknown => true,
        NodeValue::List(l) => l.iter().any(contains_unknown),
        NodeValue::Map(m) => m.iter().any(|e| contains_unknown(&e.node)),
        _ => false,
    }
}

fn is_set(node: &Node, key: &str) -> bool {
    node.get(key).is_some_and(|n| !n.is_null())
}

/// The known strings of a string or list attribute, and whether it is set at all.
fn known_strings(node: Option<&Node>) -> (Vec<String>, bool) {
    match node.map(|n| &n.value) {
        None | Some(NodeValue::Null) => (Vec::new(), false),
        Some(NodeValue::String(s)) => (vec![s.clone()], true),
        Some(NodeValue::List(l)) => (
            l.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
            true,
        ),
        Some(_) => (Vec::new(), true),
    }
}

/// Reads one `statement` block of an `aws_iam_policy_document` whose values are partly
/// unknown. Only what is known is kept: a known `*` among unknown actions still counts, a
/// condition block counts as a condition whatever it says. `None` when the effect is unknown.
fn partial_statement(block: &Node) -> Option<Statement> {
    let allow = match block.get("effect").map(|n| &n.value) {
        None | Some(NodeValue::Null) => true,
        Some(NodeValue::String(e)) => e.eq_ignore_ascii_case("allow"),
        Some(_) => return None,
    };
    let list = |key: &str| known_strings(block.get(key));
    // An unknown `not_*` list still means the statement is inverted: keep a marker.
    let inverted = |key: &str| {
        let (mut v, set) = list(key);
        if set && v.is_empty() {
            v.push(String::new());
        }
        v
    };
    let mut principals = Vec::new();
    for p in block.blocks("principals") {
        let Some(ty) = p.get("type").and_then(Node::as_str) else {
            continue;
        };
        for id in known_strings(p.get("identifiers")).0 {
            principals.push((ty.to_string(), id));
        }
    }
    Some(Statement {
        sid: block.get("sid").and_then(Node::as_str).map(str::to_string),
        allow,
        actions: list("actions").0,
        not_actions: inverted("not_actions"),
        resources: list("resources").0,
        not_resources: inverted("not_resources"),
        principals,
        has_not_principal: block.blocks("not_principals").next().is_some(),
        condition: block
            .blocks("condition")
            .next()
            .map(|_| serde_json::Value::Bool(true)),
    })
}

/// Reads a policy from an entry; `None` when unknown or not a policy document.
fn read<'a>(entry: &'a Entry, top: &'static str) -> Option<PolicyAttr<'a>> {
    let doc = PolicyDocument::from_node(&entry.node)?;
    Some(PolicyAttr {
        entry,
        doc,
        top,
        origins: None,
    })
}

/// Like [`read`], and when the value is unknown (or null) because it is an
/// `aws_iam_policy_document` with unknown parts (a resource ARN known only after apply, say),
/// which renders no `json`, reads that data source's statements one by one instead.
fn read_in<'a>(cx: &Ctx<'a>, entry: &'a Entry, top: &'static str) -> Option<PolicyAttr<'a>> {
    if let Some(p) = read(entry, top) {
        return Some(p);
    }
    if !(entry.node.is_unknown() || entry.node.is_null()) {
        return None;
    }
    let source = document_source(cx, top)?;
    let body = &source.body;
    if is_set(body, "override_policy_documents") || is_set(body, "override_json") {
        return None; // overrides may replace any statement
    }
    let merged = is_set(body, "source_policy_documents") || is_set(body, "source_json");
    if !merged && !contains_unknown(body) {
        return None; // the document renders: the attribute's value comes from elsewhere
    }
    let mut doc = PolicyDocument::default();
    let mut origins = Vec::new();
    for block in statement_blocks(source) {
        if let Some(st) = partial_statement(&block.node) {
            doc.statements.push(st);
            origins.push(Some(origin(block, source)));
        }
    }
    Some(PolicyAttr {
        entry,
        doc,
        top,
        origins: Some(origins),
    })
}

/// The identity policies a resource carries: `policy` of the policy resources, and the
/// `policy` of each `inline_policy` block of an `aws_iam_role`. Policies that cannot be
/// known are skipped; an `aws_iam_policy_document` with unknown parts is read statement by
/// statement.
pub fn identity_policies<'a>(cx: &Ctx<'a>) -> Vec<PolicyAttr<'a>> {
    let r = cx.resource;
    if r.kind == "aws_iam_role" {
        let entries: Vec<&'a Entry> = r
            .body
            .blocks("inline_policy")
            .filter_map(|b| b.entry("policy"))
            .collect();
        // References are recorded per top-level block type: with several inline policies,
        // a data source cannot be tied to one of them.
        if entries.len() > 1 {
            return entries
                .into_iter()
                .filter_map(|e| read(e, "inline_policy"))
                .map(|mut p| {
                    p.origins = Some(vec![None; p.doc.statements.len()]);
                    p
                })
                .collect();
        }
        return entries
            .into_iter()
            .filter_map(|e| read_in(cx, e, "inline_policy"))
            .collect();
    }
    let attr: &'static str = if r.kind == "aws_ssoadmin_permission_set_inline_policy" {
        "inline_policy"
    } else {
        "policy"
    };
    r.body
        .entry(attr)
        .and_then(|e| read_in(cx, e, attr))
        .into_iter()
        .collect()
}

/// The policy held in the top-level attribute `attr` (`assume_role_policy`, `policy`), when
/// its value is known.
pub fn policy_at<'a>(r: &'a Resource, attr: &'static str) -> Option<PolicyAttr<'a>> {
    read(r.body.entry(attr)?, attr)
}

/// The policy held in the top-level attribute `attr` of the checked resource; unlike
/// [`policy_at`], an `aws_iam_policy_document` with unknown parts is read statement by
/// statement.
pub fn policy_in<'a>(cx: &Ctx<'a>, attr: &'static str) -> Option<PolicyAttr<'a>> {
    read_in(cx, cx.resource.body.entry(attr)?, attr)
}

/// Case-insensitive IAM wildcard match: `*` matches any run of characters, `?` one.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_ascii_lowercase().chars().collect();
    let t: Vec<char> = text.to_ascii_lowercase().chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// The action patterns of a statement that grant `action` (`iam:PassRole`).
pub fn actions_granting<'s>(st: &'s Statement, action: &str) -> Vec<&'s str> {
    st.actions
        .iter()
        .filter(|a| glob_match(a, action))
        .map(String::as_str)
        .collect()
}

/// True when the action is a wildcard over everything: `*` or `*:*`.
pub fn is_full_wildcard(action: &str) -> bool {
    action == "*" || action == "*:*"
}

/// For `s3:*`, the service prefix `s3`; `None` for any other form.
pub fn service_wildcard(action: &str) -> Option<&str> {
    let (service, rest) = action.split_once(':')?;
    (rest == "*" && !service.is_empty() && !service.contains('*')).then_some(service)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("*", "iam:PassRole"));
        assert!(glob_match("iam:*", "iam:PassRole"));
        assert!(glob_match("IAM:pass*", "iam:PassRole"));
        assert!(glob_match("iam:Pass?ole", "iam:PassRole"));
        assert!(!glob_match("iam:Get*", "iam:PassRole"));
        assert!(!glob_match("iam:PassRoles", "iam:PassRole"));
        assert!(glob_match("*:*", "sts:AssumeRole"));
    }

    #[test]
    fn service_wildcards() {
        assert_eq!(service_wildcard("s3:*"), Some("s3"));
        assert_eq!(service_wildcard("s3:Get*"), None);
        assert_eq!(service_wildcard("*:*"), None);
        assert_eq!(service_wildcard("*"), None);
    }
}
