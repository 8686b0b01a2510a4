//! IAM policy documents (identity, resource and trust policies) as checks need them.
//!
//! A policy reaches the graph as a JSON string (a heredoc, `jsonencode(...)`, or an
//! `aws_iam_policy_document`'s evaluated `json`), or as an object (CloudFormation). When part
//! of it is only known at apply time (an ARN inside `jsonencode(...)` or a heredoc, an
//! `aws_iam_policy_document` with an unknown resource), the known part is read
//! ([`PolicyDocument::partial`]). [`PolicyAttr`] reads the policy of a resource's attribute
//! and says where each statement was written.

use crate::graph::{Entry, Graph, Mode, Node, NodeValue, Resource, ResourceId};
use crate::source::Span;
use crate::value::Value;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
    /// True when parts of the document are unknown. Unknown list items are left out, an
    /// unknown statement is kept empty (so that indexes still follow the document), an
    /// unknown effect reads as not `Allow`, an unknown principal as not public and an
    /// unknown condition as present, so what is reported stays true; [`Statement::unknown`]
    /// says what was left out. A check that proves an absence ("no statement denies ...")
    /// must not count on what is unknown (see [`PolicyDocument::denies_insecure_transport`]).
    pub partial: bool,
}

/// Stands for an unknown leaf while a partial document is read.
const UNKNOWN: &str = "\u{0}unknown";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statement {
    pub sid: Option<String>,
    /// True for `Allow` (or no effect). False for `Deny`, and for an unknown effect or
    /// statement: see [`Statement::is_deny`].
    pub allow: bool,
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// Principals as (type, identifier); `"Principal": "*"` is `("*", "*")`.
    pub principals: Vec<(String, String)>,
    pub has_not_principal: bool,
    /// The `Condition` block, if any (in a partial document, possibly with unknown parts).
    pub condition: Option<serde_json::Value>,
    /// In a partial document, the parts of the statement that are unknown.
    pub unknown: Unknowns,
}

/// The parts of a statement of a partial document that are (at least partly) unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unknowns {
    /// The statement as a whole: it reads as an empty statement that is not `Allow`.
    pub statement: bool,
    pub effect: bool,
    pub actions: bool,
    pub not_actions: bool,
    pub resources: bool,
    pub not_resources: bool,
    pub principals: bool,
    pub condition: bool,
}

impl Unknowns {
    const WHOLE: Unknowns = Unknowns {
        statement: true,
        effect: true,
        actions: true,
        not_actions: true,
        resources: true,
        not_resources: true,
        principals: true,
        condition: true,
    };

    pub fn any(&self) -> bool {
        *self != Unknowns::default()
    }
}

impl PolicyDocument {
    /// Reads a policy from a node holding a JSON string or an object. `None` when unknown or
    /// not a policy.
    pub fn from_node(node: &Node) -> Option<PolicyDocument> {
        let v = node.to_value();
        if v.contains_unknown() {
            return None;
        }
        match &v {
            Value::String(s) => PolicyDocument::parse(s),
            Value::Map(_) => PolicyDocument::from_json(&v.to_json()?),
            _ => None,
        }
    }

    /// Reads a policy attribute of a resource: the whole document when known, else the
    /// known part of a document that is only partly known (see [`PolicyDocument::partial`]).
    pub fn from_resource_node(r: &Resource, node: &Node) -> Option<PolicyDocument> {
        if let Some(doc) = PolicyDocument::from_node(node) {
            return Some(doc);
        }
        // An object with unknown leaves (a CloudFormation policy with `!GetAtt Queue.Arn`).
        if matches!(node.value, NodeValue::Map(_)) {
            return PolicyDocument::from_partial(&node.to_value());
        }
        PolicyDocument::from_partial(r.partial(node)?)
    }

    /// Reads a document value with unknown leaves.
    pub fn from_partial(v: &Value) -> Option<PolicyDocument> {
        fn to_json(v: &Value) -> serde_json::Value {
            match v {
                Value::Unknown => serde_json::Value::String(UNKNOWN.into()),
                Value::List(l) => serde_json::Value::Array(l.iter().map(to_json).collect()),
                Value::Map(m) => serde_json::Value::Object(
                    m.iter().map(|(k, v)| (k.clone(), to_json(v))).collect(),
                ),
                other => other.to_json().unwrap_or(serde_json::Value::Null),
            }
        }
        let j = to_json(v);
        let statements = statement_items(&j)?
            .into_iter()
            .map(Statement::from_partial_json)
            .collect();
        Some(PolicyDocument {
            statements,
            partial: v.contains_unknown(),
        })
    }

    pub fn parse(text: &str) -> Option<PolicyDocument> {
        let j: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
        PolicyDocument::from_json(&j)
    }

    pub fn from_json(j: &serde_json::Value) -> Option<PolicyDocument> {
        let statements = statement_items(j)?
            .into_iter()
            .map(Statement::from_json)
            .collect();
        Some(PolicyDocument {
            statements,
            partial: false,
        })
    }

    /// `statement "Sid"` or `statement 2` (1-based), to name a statement in a message.
    pub fn statement_name(&self, index: usize) -> String {
        match self.statements.get(index).and_then(|s| s.sid.as_deref()) {
            Some(sid) if !sid.is_empty() => format!("statement \"{sid}\""),
            _ => format!("statement {}", index + 1),
        }
    }

    /// Whether a statement denies everyone any request made without TLS (see
    /// [`Statement::denies_insecure_transport`]). `None` when no known statement does, but a
    /// statement, an effect, principals or a condition left out of a partial document might.
    /// Unknown actions and resources do not matter: they are not looked at.
    pub fn denies_insecure_transport(&self) -> Option<bool> {
        if self
            .statements
            .iter()
            .any(Statement::denies_insecure_transport)
        {
            return Some(true);
        }
        let undecided = self.statements.iter().any(|s| {
            let u = s.unknown;
            u.statement || u.effect || u.principals || u.condition
        });
        (!undecided).then_some(false)
    }
}

/// The items of a document's `Statement` (a list, or a single object).
fn statement_items(j: &serde_json::Value) -> Option<Vec<&serde_json::Value>> {
    match get_ci(j, "Statement")? {
        serde_json::Value::Array(a) => Some(a.iter().collect()),
        o @ serde_json::Value::Object(_) => Some(vec![o]),
        _ => None,
    }
}

fn get_ci<'a>(j: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
    j.as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
}

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// True when a JSON value of a partial document is or holds an unknown leaf.
fn has_unknown(j: &serde_json::Value) -> bool {
    match j {
        serde_json::Value::String(s) => s == UNKNOWN,
        serde_json::Value::Array(a) => a.iter().any(has_unknown),
        serde_json::Value::Object(o) => o.values().any(has_unknown),
        _ => false,
    }
}

impl Statement {
    fn from_json(j: &serde_json::Value) -> Statement {
        let mut principals = Vec::new();
        match get_ci(j, "Principal") {
            Some(serde_json::Value::String(s)) => principals.push(("*".into(), s.clone())),
            Some(serde_json::Value::Object(o)) => {
                for (ty, ids) in o {
                    for id in strings(Some(ids)) {
                        principals.push((ty.clone(), id));
                    }
                }
            }
            _ => {}
        }
        Statement {
            sid: get_ci(j, "Sid")
                .and_then(|s| s.as_str())
                .map(str::to_string),
            allow: get_ci(j, "Effect")
                .and_then(|e| e.as_str())
                .is_none_or(|e| e.eq_ignore_ascii_case("allow")),
            actions: strings(get_ci(j, "Action")),
            not_actions: strings(get_ci(j, "NotAction")),
            resources: strings(get_ci(j, "Resource")),
            not_resources: strings(get_ci(j, "NotResource")),
            principals,
            has_not_principal: get_ci(j, "NotPrincipal").is_some(),
            condition: get_ci(j, "Condition")
                .filter(|c| c.as_object().is_some_and(|o| !o.is_empty()))
                .cloned(),
            unknown: Unknowns::default(),
        }
    }

    /// Reads a statement of a partial document, leaving its unknown parts out.
    fn from_partial_json(j: &serde_json::Value) -> Statement {
        if !j.is_object() && has_unknown(j) {
            return Statement {
                unknown: Unknowns::WHOLE,
                ..Statement::default()
            };
        }
        let mut st = Statement::from_json(j);
        let unknown = |key: &str| get_ci(j, key).is_some_and(has_unknown);
        st.unknown = Unknowns {
            statement: false,
            effect: unknown("Effect"),
            actions: unknown("Action"),
            not_actions: unknown("NotAction"),
            resources: unknown("Resource"),
            not_resources: unknown("NotResource"),
            principals: unknown("Principal"),
            condition: unknown("Condition"),
        };
        for list in [
            &mut st.actions,
            &mut st.not_actions,
            &mut st.resources,
            &mut st.not_resources,
        ] {
            list.retain(|x| x != UNKNOWN);
        }
        st.principals
            .retain(|(t, id)| t != UNKNOWN && id != UNKNOWN);
        if st.sid.as_deref() == Some(UNKNOWN) {
            st.sid = None;
        }
        if st.unknown.condition && st.condition.is_none() {
            // Unknown as a whole: it might narrow the statement.
            st.condition = Some(serde_json::Value::String(UNKNOWN.into()));
        }
        st
    }

    /// True for a statement known to be a `Deny` (not one whose effect is unknown).
    pub fn is_deny(&self) -> bool {
        !self.allow && !self.unknown.effect && !self.unknown.statement
    }

    /// True when any action is `*` (or `*:*`).
    pub fn has_wildcard_action(&self) -> bool {
        self.actions.iter().any(|a| is_full_wildcard(a))
    }

    /// True when an action matches `service:*` or `*` for the given service (`s3`).
    pub fn allows_all_of_service(&self, service: &str) -> bool {
        self.actions
            .iter()
            .any(|a| a == "*" || a.eq_ignore_ascii_case(&format!("{service}:*")))
    }

    /// The action patterns of the statement that grant `action` (`iam:PassRole`).
    pub fn actions_granting(&self, action: &str) -> Vec<&str> {
        self.actions
            .iter()
            .filter(|a| glob_match(a, action))
            .map(String::as_str)
            .collect()
    }

    pub fn has_wildcard_resource(&self) -> bool {
        self.resources.iter().any(|r| r == "*")
    }

    /// True when the principal is everyone: `"*"` or `{"AWS": "*"}`.
    pub fn has_public_principal(&self) -> bool {
        self.principals
            .iter()
            .any(|(ty, id)| id == "*" && (ty == "*" || ty.eq_ignore_ascii_case("AWS")))
    }

    /// True when the statement allows everyone (`"*"` or `{"AWS": "*"}`) with no condition.
    pub fn is_public_allow(&self) -> bool {
        self.allow && self.condition.is_none() && self.has_public_principal()
    }

    /// True when the statement allows everyone without a condition: an `Allow` whose
    /// principal is `*` (or `{"AWS": "*"}`), or an `Allow` with `NotPrincipal` (everyone but
    /// the listed principals).
    pub fn allows_anyone(&self) -> bool {
        self.allow
            && self.condition.is_none()
            && (self.has_public_principal() || self.has_not_principal)
    }

    /// True when the statement has a `Bool` condition on `key` (`aws:SecureTransport`) whose
    /// values are all `value`.
    pub fn requires_bool(&self, key: &str, value: bool) -> bool {
        fn is(v: &serde_json::Value, value: bool) -> bool {
            match v {
                serde_json::Value::Bool(b) => *b == value,
                serde_json::Value::String(s) => s.eq_ignore_ascii_case(&value.to_string()),
                serde_json::Value::Array(a) => !a.is_empty() && a.iter().all(|x| is(x, value)),
                _ => false,
            }
        }
        let Some(serde_json::Value::Object(cond)) = &self.condition else {
            return false;
        };
        cond.iter()
            .filter(|(op, _)| op.eq_ignore_ascii_case("Bool"))
            .filter_map(|(_, v)| v.as_object())
            .flat_map(|o| o.iter())
            .filter(|(k, _)| k.eq_ignore_ascii_case(key))
            .any(|(_, v)| is(v, value))
    }

    /// True when the statement denies everyone any request made without TLS: a `Deny` for
    /// every principal with the condition `"Bool": {"aws:SecureTransport": "false"}`.
    pub fn denies_insecure_transport(&self) -> bool {
        self.is_deny()
            && self.has_public_principal()
            && self.requires_bool("aws:SecureTransport", false)
    }

    /// The actions the statement allows, for a message: `sqs:SendMessage, sqs:ReceiveMessage`,
    /// or `every action except ...` for a `NotAction`.
    pub fn describe_actions(&self) -> String {
        let more = |known: &[String], unknown: bool| {
            let list = known.join(", ");
            if unknown {
                format!("{list} and other actions")
            } else {
                list
            }
        };
        if !self.actions.is_empty() {
            return more(&self.actions, self.unknown.actions);
        }
        if !self.not_actions.is_empty() {
            return format!(
                "every action except {}",
                more(&self.not_actions, self.unknown.not_actions)
            );
        }
        if self.unknown.actions || self.unknown.not_actions {
            return "its actions".to_string();
        }
        "no listed action".to_string()
    }
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

/// A policy document read from one attribute of a resource, and where its statements were
/// written.
pub struct PolicyAttr<'a> {
    /// The attribute holding the policy (`policy = ...`).
    pub entry: &'a Entry,
    pub doc: PolicyDocument,
    graph: &'a Graph,
    owner: ResourceId,
    /// The top-level attribute or block the policy hangs under, for following references
    /// (edges are recorded per top-level key); `None` when the references of several
    /// policies are mixed there.
    top: Option<&'a str>,
}

impl<'a> PolicyAttr<'a> {
    /// Reads the policy in the top-level attribute `attr` of `owner` (see
    /// [`PolicyAttr::read`]).
    pub fn of(graph: &'a Graph, owner: ResourceId, attr: &'a str) -> Option<PolicyAttr<'a>> {
        let entry = graph.get(owner).body.entry(attr)?;
        PolicyAttr::read(graph, owner, entry, Some(attr))
    }

    /// Reads the policy in `entry`, an attribute of `owner` under its top-level attribute or
    /// block `top`: the whole document when known, else the known part of a partly known
    /// one. `None` when it is unknown or not a policy.
    pub fn read(
        graph: &'a Graph,
        owner: ResourceId,
        entry: &'a Entry,
        top: Option<&'a str>,
    ) -> Option<PolicyAttr<'a>> {
        let doc = PolicyDocument::from_resource_node(graph.get(owner), &entry.node)?;
        Some(PolicyAttr {
            entry,
            doc,
            graph,
            owner,
            top,
        })
    }

    /// Where a finding about the policy points.
    pub fn span(&self) -> Span {
        self.entry.span()
    }

    /// The `aws_iam_policy_document` data source the policy refers to, when there is one
    /// (the instances of one `for_each` or `count` block count as one).
    pub fn source(&self) -> Option<&'a Resource> {
        let mut sources = self
            .graph
            .targets(self.owner, self.top?)
            .map(|(_, r)| r)
            .filter(|r| r.mode == Mode::Data && r.kind == "aws_iam_policy_document");
        let first = sources.next()?;
        sources.all(|r| r.span == first.span).then_some(first)
    }

    /// Where statement `index` was written: its `statement` block in the data source the
    /// policy was rendered from, when the document has one statement per block.
    pub fn statement_span(&self, index: usize) -> Option<Span> {
        let blocks = statement_blocks(self.source()?);
        if blocks.len() != self.doc.statements.len() {
            return None;
        }
        blocks.get(index).copied()
    }

    /// [`PolicyAttr::statement_span`] as related locations for a finding about statement
    /// `index` (`statement of data.aws_iam_policy_document.x`).
    pub fn statement_origin(&self, index: usize) -> Vec<(Span, String)> {
        match (self.statement_span(index), self.source()) {
            (Some(span), Some(source)) => vec![(span, format!("statement of {}", source.address))],
            _ => Vec::new(),
        }
    }
}

/// Where each statement of a policy document data source was written, in order: the header
/// of each `statement` block (each item of a list-valued `statement`).
fn statement_blocks(source: &Resource) -> Vec<Span> {
    source
        .body
        .entries()
        .iter()
        .filter(|e| e.key == "statement")
        .flat_map(|e| match &e.node.value {
            NodeValue::List(items) => items.iter().map(|n| n.span).collect(),
            _ => vec![e.key_span],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_documents_keep_what_is_known() {
        let mut st = std::collections::BTreeMap::new();
        st.insert("Effect".to_string(), Value::String("Allow".into()));
        st.insert("Action".to_string(), Value::String("*".into()));
        st.insert(
            "Resource".to_string(),
            Value::List(vec![Value::Unknown, Value::String("*".into())]),
        );
        st.insert("Principal".to_string(), Value::Unknown);
        let mut unknown_effect = st.clone();
        unknown_effect.insert("Effect".into(), Value::Unknown);
        let mut doc = std::collections::BTreeMap::new();
        doc.insert(
            "Statement".to_string(),
            Value::List(vec![Value::Map(st), Value::Map(unknown_effect)]),
        );
        let p = PolicyDocument::from_partial(&Value::Map(doc)).expect("doc");
        assert!(p.partial);
        assert_eq!(p.statements[0].resources, vec!["*"]);
        assert!(p.statements[0].allow && p.statements[0].has_wildcard_action());
        assert!(
            !p.statements[0].has_public_principal(),
            "unknown principal is not public"
        );
        assert!(!p.statements[1].allow, "unknown effect is not Allow");
        assert!(!p.statements[1].is_deny(), "nor Deny");
    }

    fn partial(json: &str) -> PolicyDocument {
        let j: serde_json::Value = serde_json::from_str(json).expect("json");
        // `"?"` stands for an unknown leaf.
        fn holes(v: Value) -> Value {
            match v {
                Value::String(s) if s == "?" => Value::Unknown,
                Value::List(l) => Value::List(l.into_iter().map(holes).collect()),
                Value::Map(m) => Value::Map(m.into_iter().map(|(k, v)| (k, holes(v))).collect()),
                other => other,
            }
        }
        PolicyDocument::from_partial(&holes(Value::from_json(&j))).expect("partial document")
    }

    #[test]
    fn unknown_parts_stay_on_the_safe_side() {
        let p = partial(
            r#"{"Statement": [
                "?",
                {"Sid": "?", "Effect": "Allow", "Principal": "*", "Action": "s3:*", "Condition": "?"},
                {"Effect": "Allow", "Principal": {"AWS": ["?", "*"]}, "NotAction": "?"},
                {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "?",
                 "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
            ]}"#,
        );
        assert_eq!(
            p.statements.len(),
            4,
            "an unknown statement keeps its place"
        );
        let [whole, conditioned, inverted, deny] = &p.statements[..] else {
            panic!("four statements");
        };
        assert!(whole.unknown.statement && !whole.allow && !whole.is_deny());
        assert!(conditioned.sid.is_none() && conditioned.condition.is_some());
        assert!(
            !conditioned.is_public_allow(),
            "an unknown condition might narrow it"
        );
        assert_eq!(p.statement_name(1), "statement 2");
        assert!(inverted.is_public_allow() && inverted.not_actions.is_empty());
        assert!(inverted.unknown.not_actions);
        assert_eq!(inverted.describe_actions(), "its actions");
        assert!(deny.denies_insecure_transport() && deny.resources.is_empty());
        assert_eq!(p.denies_insecure_transport(), Some(true));

        let no_deny = partial(
            r#"{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"},
                "Action": ["s3:GetObject", "?"], "Resource": "?"}]}"#,
        );
        assert_eq!(
            no_deny.denies_insecure_transport(),
            Some(false),
            "unknown actions and resources cannot make a Deny"
        );
        assert_eq!(
            no_deny.statements[0].describe_actions(),
            "s3:GetObject and other actions"
        );
        for hidden in [
            r#"{"Statement": [{"Effect": "?", "Principal": "*", "Action": "s3:*",
                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}"#,
            r#"{"Statement": [{"Effect": "Deny", "Principal": "?", "Action": "s3:*",
                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}"#,
            r#"{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                "Condition": {"Bool": {"aws:SecureTransport": "?"}}}]}"#,
            r#"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*"}, "?"]}"#,
        ] {
            assert_eq!(
                partial(hidden).denies_insecure_transport(),
                None,
                "{hidden}"
            );
        }
    }

    #[test]
    fn reads_statement_forms() {
        let p = PolicyDocument::parse(
            r#"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": ["*"], "Principal": {"AWS": ["arn:x", "*"]}}}"#,
        )
        .expect("policy");
        let s = &p.statements[0];
        assert!(s.allow && s.has_wildcard_action() && s.has_wildcard_resource());
        assert!(s.has_public_principal());
        assert!(PolicyDocument::parse("not json").is_none());
    }

    #[test]
    fn public_statements_need_no_condition() {
        let doc = PolicyDocument::parse(
            r#"{"Statement": [
                {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage"},
                {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:*",
                 "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:x"}}},
                {"Effect": "Deny", "Principal": "*", "Action": "sqs:*"},
                {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "sqs:*"},
                {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}, "Action": "sqs:*"}
            ]}"#,
        )
        .expect("policy");
        let anyone: Vec<usize> = (0..doc.statements.len())
            .filter(|i| doc.statements[*i].allows_anyone())
            .collect();
        assert_eq!(anyone, vec![0, 4]);
        let public: Vec<usize> = (0..doc.statements.len())
            .filter(|i| doc.statements[*i].is_public_allow())
            .collect();
        assert_eq!(public, vec![0]);
        assert_eq!(doc.statement_name(0), "statement \"Open\"");
        assert_eq!(doc.statement_name(4), "statement 5");
    }

    #[test]
    fn insecure_transport_conditions() {
        let doc = PolicyDocument::parse(
            r#"{"Statement": [
                {"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Condition": {"Bool": {"aws:SecureTransport": ["false"]}}},
                {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*",
                 "Condition": {"bool": {"AWS:SecureTransport": false}}},
                {"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
                {"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}},
                {"Effect": "Allow", "Principal": "*", "Action": "s3:*",
                 "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
            ]}"#,
        )
        .expect("policy");
        let denies: Vec<bool> = doc
            .statements
            .iter()
            .map(Statement::denies_insecure_transport)
            .collect();
        assert_eq!(denies, vec![true, true, false, false, false]);
        assert!(doc.statements[4].requires_bool("aws:securetransport", false));
    }

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
