//! Data sources whose results follow from their own configuration, so that references to them
//! evaluate: `aws_iam_policy_document.json`.
//!
//! When part of a policy document is unknown (an ARN computed at apply time, say), `json` is
//! unknown, and the document with unknown leaves is kept under [`PARTIAL_JSON`] so that
//! checks can still read what is known.

use std::collections::BTreeMap;

use crate::value::Value;

/// The key under which a document with unknown parts is kept.
pub const PARTIAL_JSON: &str = "__partial_json";

/// Adds the computed attributes of a data source of `kind` to its value.
pub fn outputs(kind: &str, v: &mut Value) {
    if kind != "aws_iam_policy_document" {
        return;
    }
    let Value::Map(m) = v else { return };
    let doc = policy_document(m);
    let json = doc
        .as_ref()
        .and_then(Value::to_json)
        .and_then(|j| serde_json::to_string(&j).ok());
    match json {
        Some(s) => {
            m.insert("json".into(), Value::String(s.clone()));
            m.insert("minified_json".into(), Value::String(s));
        }
        None => {
            m.insert("json".into(), Value::Unknown);
            m.insert("minified_json".into(), Value::Unknown);
            if let Some(doc) = doc {
                m.insert(PARTIAL_JSON.into(), doc);
            }
        }
    }
}

fn strings(v: &Value) -> Value {
    match v {
        Value::List(l) if l.len() == 1 => l[0].clone(),
        Value::List(_) | Value::Unknown => v.clone(),
        other => Value::List(vec![other.clone()]),
    }
}

/// The policy document as a JSON-shaped value, with unknown leaves where the configuration
/// is unknown. `None` when it merges other documents (their content decides the result).
fn policy_document(m: &BTreeMap<String, Value>) -> Option<Value> {
    for merged in [
        "source_policy_documents",
        "override_policy_documents",
        "source_json",
        "override_json",
    ] {
        if m.get(merged).is_some_and(|v| !matches!(v, Value::Null)) {
            return None;
        }
    }
    let mut doc = BTreeMap::new();
    doc.insert(
        "Version".to_string(),
        match m.get("version") {
            None | Some(Value::Null) => Value::String("2012-10-17".into()),
            Some(v) => v.clone(),
        },
    );
    let mut statements = Vec::new();
    match m.get("statement") {
        None | Some(Value::Null) => {}
        Some(Value::List(l)) => {
            for st in l {
                statements.push(statement(st));
            }
        }
        Some(_) => statements.push(Value::Unknown),
    }
    doc.insert("Statement".into(), Value::List(statements));
    Some(Value::Map(doc))
}

fn statement(st: &Value) -> Value {
    let Value::Map(st) = st else {
        return Value::Unknown;
    };
    let mut out = BTreeMap::new();
    if let Some(sid) = st.get("sid").filter(|v| !matches!(v, Value::Null)) {
        out.insert("Sid".to_string(), sid.clone());
    }
    out.insert(
        "Effect".into(),
        match st.get("effect") {
            None | Some(Value::Null) => Value::String("Allow".into()),
            Some(v) => v.clone(),
        },
    );
    for (tf, json) in [
        ("actions", "Action"),
        ("not_actions", "NotAction"),
        ("resources", "Resource"),
        ("not_resources", "NotResource"),
    ] {
        if let Some(v) = st.get(tf).filter(|v| !matches!(v, Value::Null)) {
            out.insert(json.into(), strings(v));
        }
    }
    for (tf, json) in [
        ("principals", "Principal"),
        ("not_principals", "NotPrincipal"),
    ] {
        let Some(ps) = st.get(tf).filter(|v| !matches!(v, Value::Null)) else {
            continue;
        };
        let Value::List(ps) = ps else {
            out.insert(json.into(), Value::Unknown);
            continue;
        };
        let mut pm = BTreeMap::new();
        let mut star = false;
        for p in ps {
            let Value::Map(p) = p else {
                pm.insert("?".to_string(), Value::Unknown);
                continue;
            };
            match p.get("type") {
                Some(Value::String(t)) if t == "*" => star = true,
                Some(Value::String(t)) => {
                    pm.insert(
                        t.clone(),
                        p.get("identifiers").map(strings).unwrap_or_default(),
                    );
                }
                _ => {
                    pm.insert("?".to_string(), Value::Unknown);
                }
            }
        }
        if star && pm.is_empty() {
            out.insert(json.into(), Value::String("*".into()));
        } else {
            if star {
                pm.insert("AWS".into(), Value::String("*".into()));
            }
            out.insert(json.into(), Value::Map(pm));
        }
    }
    if let Some(cs) = st.get("condition").filter(|v| !matches!(v, Value::Null)) {
        let mut cm: BTreeMap<String, Value> = BTreeMap::new();
        match cs {
            Value::List(cs) => {
                for c in cs {
                    let (Some(Value::String(test)), Some(Value::String(var))) =
                        (c_get(c, "test"), c_get(c, "variable"))
                    else {
                        cm.insert("?".into(), Value::Unknown);
                        continue;
                    };
                    let vals = c_get(c, "values").map(strings).unwrap_or_default();
                    if let Value::Map(inner) = cm
                        .entry(test.clone())
                        .or_insert_with(|| Value::Map(BTreeMap::new()))
                    {
                        inner.insert(var.clone(), vals);
                    }
                }
            }
            _ => {
                cm.insert("?".into(), Value::Unknown);
            }
        }
        out.insert("Condition".into(), Value::Map(cm));
    }
    Value::Map(out)
}

fn c_get<'a>(c: &'a Value, k: &str) -> Option<&'a Value> {
    match c {
        Value::Map(m) => m.get(k),
        _ => None,
    }
}
