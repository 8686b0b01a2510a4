//! IAM policy documents (identity, resource and trust policies) as checks need them.
//!
//! A policy reaches the graph as a JSON string (a heredoc, `jsonencode(...)`, or an
//! `aws_iam_policy_document`'s evaluated `json`), or as an object (CloudFormation).

use crate::graph::{Node, Resource};
use crate::value::Value;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
    /// False when parts of the document are unknown. Unknown list items are left out,
    /// an unknown effect reads as not `Allow`, an unknown principal as not public and an
    /// unknown condition as present, so what is reported stays true; a check that proves an
    /// absence ("no statement denies ...") must require a complete document.
    pub partial: bool,
}

/// Stands for an unknown leaf while a partial document is read.
const UNKNOWN: &str = "\u{0}unknown";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statement {
    pub sid: Option<String>,
    pub allow: bool,
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// Principals as (type, identifier); `"Principal": "*"` is `("*", "*")`.
    pub principals: Vec<(String, String)>,
    pub has_not_principal: bool,
    /// The `Condition` block, if any.
    pub condition: Option<serde_json::Value>,
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
        if matches!(node.value, crate::graph::NodeValue::Map(_)) {
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
        let mut doc = PolicyDocument::from_json(&to_json(v))?;
        doc.partial = v.contains_unknown();
        for st in &mut doc.statements {
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
        }
        Some(doc)
    }

    pub fn parse(text: &str) -> Option<PolicyDocument> {
        let j: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
        PolicyDocument::from_json(&j)
    }

    pub fn from_json(j: &serde_json::Value) -> Option<PolicyDocument> {
        let st = get_ci(j, "Statement")?;
        let items: Vec<&serde_json::Value> = match st {
            serde_json::Value::Array(a) => a.iter().collect(),
            o @ serde_json::Value::Object(_) => vec![o],
            _ => return None,
        };
        let statements = items.into_iter().map(Statement::from_json).collect();
        Some(PolicyDocument {
            statements,
            partial: false,
        })
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
        }
    }

    /// True when any action is `*` (or `*:*`).
    pub fn has_wildcard_action(&self) -> bool {
        self.actions.iter().any(|a| a == "*" || a == "*:*")
    }

    /// True when an action matches `service:*` or `*` for the given service (`s3`).
    pub fn allows_all_of_service(&self, service: &str) -> bool {
        self.actions
            .iter()
            .any(|a| a == "*" || a.eq_ignore_ascii_case(&format!("{service}:*")))
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
}
