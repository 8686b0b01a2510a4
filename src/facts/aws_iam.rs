//! Shared readings for the IAM, KMS and CloudTrail checks: the policy documents a resource
//! carries, where each statement came from, and IAM action / resource pattern matching.

use crate::check::Ctx;
use crate::graph::{Entry, Mode, Node, Resource};
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
}

impl PolicyAttr<'_> {
    /// Where a finding about the policy points.
    pub fn span(&self) -> Span {
        self.entry.span()
    }

    /// The related location of statement `index` when the policy is rendered from a single
    /// `aws_iam_policy_document` data source: that data source's `statement` block.
    pub fn statement_origin(&self, cx: &Ctx, index: usize) -> Vec<(Span, String)> {
        let sources: Vec<&Resource> = cx
            .graph
            .targets(cx.id, self.top)
            .map(|(_, r)| r)
            .filter(|r| r.mode == Mode::Data && r.kind == "aws_iam_policy_document")
            .collect();
        let [source] = sources.as_slice() else {
            return Vec::new();
        };
        let blocks: Vec<&Entry> = source
            .body
            .entries()
            .iter()
            .filter(|e| e.key == "statement")
            .collect();
        if blocks.len() != self.doc.statements.len() {
            return Vec::new();
        }
        match blocks.get(index) {
            Some(b) => vec![(
                b.key_span,
                format!("statement of {}", source.address),
            )],
            None => Vec::new(),
        }
    }
}

/// Reads a policy from an entry; `None` when unknown or not a policy document.
fn read<'a>(entry: &'a Entry, top: &'static str) -> Option<PolicyAttr<'a>> {
    let doc = PolicyDocument::from_node(&entry.node)?;
    Some(PolicyAttr { entry, doc, top })
}

/// The identity policies a resource carries: `policy` of the policy resources, and the
/// `policy` of each `inline_policy` block of an `aws_iam_role`. Unknown policies are skipped.
pub fn identity_policies(r: &Resource) -> Vec<PolicyAttr<'_>> {
    if r.kind == "aws_iam_role" {
        return r
            .body
            .blocks("inline_policy")
            .filter_map(|b| b.entry("policy"))
            .filter_map(|e| read(e, "inline_policy"))
            .collect();
    }
    let attr: &'static str = if r.kind == "aws_ssoadmin_permission_set_inline_policy" {
        "inline_policy"
    } else {
        "policy"
    };
    r.body
        .entry(attr)
        .and_then(|e| read(e, attr))
        .into_iter()
        .collect()
}

/// The policy held in the top-level attribute `attr` (`assume_role_policy`, `policy`).
pub fn policy_at<'a>(r: &'a Resource, attr: &'static str) -> Option<PolicyAttr<'a>> {
    read(r.body.entry(attr)?, attr)
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

/// The value of a string attribute, `None` when missing, unknown or not a string.
pub fn str_attr<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    node.get(key).and_then(Node::as_str)
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
