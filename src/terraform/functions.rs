//! Terraform's built-in functions. A function that is not modelled, or whose arguments are
//! unknown or invalid, yields an unknown value; it never aborts evaluation.

use std::collections::BTreeMap;

use super::eval::values_equal;
use crate::value::{Value, format_number};

/// Longest string a function or template may build.
pub const MAX_STRING: usize = 1 << 20;

fn s(v: &Value) -> Option<String> {
    v.to_tf_string()
}

fn n(v: &Value) -> Option<f64> {
    v.to_tf_number()
}

fn list(v: &Value) -> Option<&Vec<Value>> {
    match v {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn map(v: &Value) -> Option<&BTreeMap<String, Value>> {
    match v {
        Value::Map(m) => Some(m),
        _ => None,
    }
}

fn string(x: String) -> Value {
    if x.len() > MAX_STRING {
        Value::Unknown
    } else {
        Value::String(x)
    }
}

/// Calls a built-in function. `module_dir` is `path.module` for path functions.
pub fn call(name: &str, args: &[Value], _module_dir: &str) -> Value {
    let name = name.strip_prefix("provider::terraform::").unwrap_or(name);
    call_known(name, args).unwrap_or_default()
}

fn arg(args: &[Value], i: usize) -> Option<&Value> {
    args.get(i)
}

fn call_known(name: &str, a: &[Value]) -> Option<Value> {
    // Functions that decide their result even with unknown arguments.
    match name {
        "coalesce" => {
            for v in a {
                match v {
                    Value::Unknown => return None,
                    Value::Null => continue,
                    Value::String(x) if x.is_empty() => continue,
                    other => return Some(other.clone()),
                }
            }
            return None;
        }
        "length" => {
            return Some(Value::Number(match arg(a, 0)? {
                Value::List(l) => l.len() as f64,
                Value::Map(m) => m.len() as f64,
                Value::String(x) => x.chars().count() as f64,
                _ => return None,
            }));
        }
        "tostring" => {
            return match arg(a, 0)? {
                Value::Null => Some(Value::Null),
                v => s(v).map(Value::String),
            };
        }
        "tobool" => {
            return match arg(a, 0)? {
                Value::Null => Some(Value::Null),
                v => v.to_tf_bool().map(Value::Bool),
            };
        }
        "tonumber" => {
            return match arg(a, 0)? {
                Value::Null => Some(Value::Null),
                v => n(v).map(Value::Number),
            };
        }
        "tolist" | "toset" | "tomap" | "sensitive" | "nonsensitive" | "type" => {
            if name == "toset" {
                let mut l = list(arg(a, 0)?)?.clone();
                dedup(&mut l);
                return Some(Value::List(l));
            }
            if name == "type" {
                return None;
            }
            return arg(a, 0).cloned();
        }
        _ => {}
    }
    if a.iter().any(Value::contains_unknown) {
        return None;
    }
    Some(match name {
        // numeric
        "abs" => Value::Number(n(arg(a, 0)?)?.abs()),
        "ceil" => Value::Number(n(arg(a, 0)?)?.ceil()),
        "floor" => Value::Number(n(arg(a, 0)?)?.floor()),
        "signum" => Value::Number(n(arg(a, 0)?)?.signum()),
        "pow" => Value::Number(n(arg(a, 0)?)?.powf(n(arg(a, 1)?)?)),
        "max" | "min" => {
            let nums: Option<Vec<f64>> = a.iter().map(n).collect();
            let nums = nums?;
            let first = *nums.first()?;
            Value::Number(nums.into_iter().fold(first, |acc, x| {
                if name == "max" {
                    acc.max(x)
                } else {
                    acc.min(x)
                }
            }))
        }
        "parseint" => {
            let radix = n(arg(a, 1)?)? as u32;
            if !(2..=62).contains(&radix) {
                return None;
            }
            Value::Number(i64::from_str_radix(&s(arg(a, 0)?)?, radix).ok()? as f64)
        }
        // strings
        "lower" => Value::String(s(arg(a, 0)?)?.to_lowercase()),
        "upper" => Value::String(s(arg(a, 0)?)?.to_uppercase()),
        "title" => {
            let x = s(arg(a, 0)?)?;
            let mut out = String::with_capacity(x.len());
            let mut prev_alpha = false;
            for c in x.chars() {
                if !prev_alpha && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
                prev_alpha = c.is_alphanumeric();
            }
            Value::String(out)
        }
        "chomp" => Value::String(s(arg(a, 0)?)?.trim_end_matches(['\n', '\r']).to_string()),
        "trimspace" => Value::String(s(arg(a, 0)?)?.trim().to_string()),
        "trim" => {
            let cut = s(arg(a, 1)?)?;
            Value::String(s(arg(a, 0)?)?.trim_matches(|c| cut.contains(c)).to_string())
        }
        "trimprefix" => {
            let x = s(arg(a, 0)?)?;
            let p = s(arg(a, 1)?)?;
            Value::String(x.strip_prefix(p.as_str()).unwrap_or(&x).to_string())
        }
        "trimsuffix" => {
            let x = s(arg(a, 0)?)?;
            let p = s(arg(a, 1)?)?;
            Value::String(x.strip_suffix(p.as_str()).unwrap_or(&x).to_string())
        }
        "startswith" => Value::Bool(s(arg(a, 0)?)?.starts_with(&s(arg(a, 1)?)?)),
        "endswith" => Value::Bool(s(arg(a, 0)?)?.ends_with(&s(arg(a, 1)?)?)),
        "strcontains" => Value::Bool(s(arg(a, 0)?)?.contains(&s(arg(a, 1)?)?)),
        "strrev" => Value::String(s(arg(a, 0)?)?.chars().rev().collect()),
        "substr" => {
            let x: Vec<char> = s(arg(a, 0)?)?.chars().collect();
            let off = n(arg(a, 1)?)? as i64;
            let len = n(arg(a, 2)?)? as i64;
            let start = if off < 0 {
                (x.len() as i64 + off).max(0)
            } else {
                off
            } as usize;
            if start > x.len() {
                return None;
            }
            let end = if len < 0 {
                x.len()
            } else {
                (start + len as usize).min(x.len())
            };
            Value::String(x[start..end].iter().collect())
        }
        "join" => {
            let sep = s(arg(a, 0)?)?;
            let mut parts = Vec::new();
            for l in &a[1..] {
                for x in list(l)? {
                    parts.push(s(x)?);
                }
            }
            string(parts.join(&sep))
        }
        "split" => {
            let sep = s(arg(a, 0)?)?;
            let x = s(arg(a, 1)?)?;
            if x.is_empty() {
                Value::List(vec![Value::String(String::new())])
            } else if sep.is_empty() {
                Value::List(x.chars().map(|c| Value::String(c.to_string())).collect())
            } else {
                Value::List(
                    x.split(sep.as_str())
                        .map(|p| Value::String(p.into()))
                        .collect(),
                )
            }
        }
        "replace" => {
            let x = s(arg(a, 0)?)?;
            let from = s(arg(a, 1)?)?;
            let to = s(arg(a, 2)?)?;
            if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
                return None; // regular-expression replace is not modelled
            }
            if from.is_empty() {
                return None;
            }
            string(x.replace(&from, &to))
        }
        "format" => string(format(&s(arg(a, 0)?)?, &a[1..])?),
        "formatlist" => {
            let spec = s(arg(a, 0)?)?;
            let len = a[1..]
                .iter()
                .filter_map(list)
                .map(Vec::len)
                .max()
                .unwrap_or(1);
            let mut out = Vec::new();
            for i in 0..len {
                let row: Vec<Value> = a[1..]
                    .iter()
                    .map(|x| match x {
                        Value::List(l) => l.get(i).cloned().unwrap_or_default(),
                        other => other.clone(),
                    })
                    .collect();
                out.push(Value::String(format(&spec, &row)?));
            }
            Value::List(out)
        }
        "indent" => {
            let k = n(arg(a, 0)?)? as usize;
            let x = s(arg(a, 1)?)?;
            let pad = " ".repeat(k.min(1024));
            string(x.replace('\n', &format!("\n{pad}")))
        }
        // collections
        "concat" => {
            let mut out = Vec::new();
            for l in a {
                out.extend(list(l)?.iter().cloned());
            }
            Value::List(out)
        }
        "merge" => {
            let mut out = BTreeMap::new();
            for m in a {
                match m {
                    Value::Null => {}
                    _ => out.extend(map(m)?.iter().map(|(k, v)| (k.clone(), v.clone()))),
                }
            }
            Value::Map(out)
        }
        "lookup" => {
            let m = map(arg(a, 0)?)?;
            match m.get(&s(arg(a, 1)?)?) {
                Some(v) => v.clone(),
                None => arg(a, 2)?.clone(),
            }
        }
        "element" => {
            let l = list(arg(a, 0)?)?;
            if l.is_empty() {
                return None;
            }
            let i = n(arg(a, 1)?)? as usize;
            l[i % l.len()].clone()
        }
        "contains" => Value::Bool(
            list(arg(a, 0)?)?
                .iter()
                .any(|x| values_equal(x, arg(a, 1).unwrap_or(&Value::Null))),
        ),
        "index" => {
            let l = list(arg(a, 0)?)?;
            let v = arg(a, 1)?;
            Value::Number(l.iter().position(|x| values_equal(x, v))? as f64)
        }
        "keys" => Value::List(
            map(arg(a, 0)?)?
                .keys()
                .map(|k| Value::String(k.clone()))
                .collect(),
        ),
        "values" => Value::List(map(arg(a, 0)?)?.values().cloned().collect()),
        "flatten" => {
            fn flat(v: &Value, out: &mut Vec<Value>) {
                match v {
                    Value::List(l) => l.iter().for_each(|x| flat(x, out)),
                    other => out.push(other.clone()),
                }
            }
            let mut out = Vec::new();
            flat(arg(a, 0)?, &mut out);
            Value::List(out)
        }
        "compact" => Value::List(
            list(arg(a, 0)?)?
                .iter()
                .filter(|x| !matches!(x, Value::Null) && x.as_str() != Some(""))
                .cloned()
                .collect(),
        ),
        "distinct" => {
            let mut l = list(arg(a, 0)?)?.clone();
            dedup(&mut l);
            Value::List(l)
        }
        "reverse" => Value::List(list(arg(a, 0)?)?.iter().rev().cloned().collect()),
        "sort" => {
            let mut l: Vec<String> = list(arg(a, 0)?)?.iter().map(s).collect::<Option<_>>()?;
            l.sort();
            Value::List(l.into_iter().map(Value::String).collect())
        }
        "sum" => Value::Number(list(arg(a, 0)?)?.iter().map(n).sum::<Option<f64>>()?),
        "slice" => {
            let l = list(arg(a, 0)?)?;
            let (x, y) = (n(arg(a, 1)?)? as usize, n(arg(a, 2)?)? as usize);
            if x > y || y > l.len() {
                return None;
            }
            Value::List(l[x..y].to_vec())
        }
        "range" => {
            let nums: Vec<f64> = a.iter().map(n).collect::<Option<_>>()?;
            let (start, end, step) = match nums.as_slice() {
                [e] => (0.0, *e, 1.0),
                [s, e] => (*s, *e, if s <= e { 1.0 } else { -1.0 }),
                [s, e, st] => (*s, *e, *st),
                _ => return None,
            };
            if step == 0.0 {
                return None;
            }
            let mut out = Vec::new();
            let mut x = start;
            while (step > 0.0 && x < end) || (step < 0.0 && x > end) {
                out.push(Value::Number(x));
                if out.len() > super::eval::MAX_COLLECTION {
                    return None;
                }
                x += step;
            }
            Value::List(out)
        }
        "one" => {
            let l = list(arg(a, 0)?)?;
            match l.len() {
                0 => Value::Null,
                1 => l[0].clone(),
                _ => return None,
            }
        }
        "alltrue" => Value::Bool(
            list(arg(a, 0)?)?
                .iter()
                .map(|x| x.to_tf_bool())
                .collect::<Option<Vec<_>>>()?
                .into_iter()
                .all(|x| x),
        ),
        "anytrue" => Value::Bool(
            list(arg(a, 0)?)?
                .iter()
                .map(|x| x.to_tf_bool())
                .collect::<Option<Vec<_>>>()?
                .into_iter()
                .any(|x| x),
        ),
        "zipmap" => {
            let k = list(arg(a, 0)?)?;
            let v = list(arg(a, 1)?)?;
            Value::Map(
                k.iter()
                    .map(s)
                    .zip(v.iter().cloned())
                    .map(|(k, v)| Some((k?, v)))
                    .collect::<Option<_>>()?,
            )
        }
        "coalescelist" => a
            .iter()
            .find(|x| list(x).is_some_and(|l| !l.is_empty()))
            .cloned()?,
        "setunion" => {
            let mut out = Vec::new();
            for l in a {
                out.extend(list(l)?.iter().cloned());
            }
            dedup(&mut out);
            Value::List(out)
        }
        "setintersection" => {
            let mut out = list(arg(a, 0)?)?.clone();
            for l in &a[1..] {
                let l = list(l)?;
                out.retain(|x| l.iter().any(|y| values_equal(x, y)));
            }
            dedup(&mut out);
            Value::List(out)
        }
        "setsubtract" => {
            let b = list(arg(a, 1)?)?;
            let mut out: Vec<Value> = list(arg(a, 0)?)?
                .iter()
                .filter(|x| !b.iter().any(|y| values_equal(x, y)))
                .cloned()
                .collect();
            dedup(&mut out);
            Value::List(out)
        }
        // encoding
        "jsonencode" => Value::String(serde_json::to_string(&arg(a, 0)?.to_json()?).ok()?),
        "jsondecode" => Value::from_json(&serde_json::from_str(&s(arg(a, 0)?)?).ok()?),
        _ => return None,
    })
}

fn dedup(l: &mut Vec<Value>) {
    let mut out: Vec<Value> = Vec::with_capacity(l.len());
    for v in l.drain(..) {
        if !out.iter().any(|x| values_equal(x, &v)) {
            out.push(v);
        }
    }
    *l = out;
}

/// Terraform's `format` verbs: %s %d %f %v %t %q %% (flags and widths are not modelled).
fn format(spec: &str, args: &[Value]) -> Option<String> {
    let mut out = String::new();
    let mut it = spec.chars().peekable();
    let mut i = 0;
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let verb = it.next()?;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let v = args.get(i)?;
        i += 1;
        match verb {
            's' | 'v' => out.push_str(&match v {
                Value::String(x) => x.clone(),
                Value::Number(x) => format_number(*x),
                Value::Bool(b) => b.to_string(),
                other => serde_json::to_string(&other.to_json()?).ok()?,
            }),
            'd' => out.push_str(&format!("{}", v.to_tf_number()? as i64)),
            'f' => out.push_str(&format!("{:.6}", v.to_tf_number()?)),
            't' => out.push_str(&v.to_tf_bool()?.to_string()),
            'q' => out.push_str(&serde_json::to_string(&v.to_tf_string()?).ok()?),
            _ => return None,
        }
        if out.len() > MAX_STRING {
            return None;
        }
    }
    Some(out)
}

/// Fills in the attributes a data source computes from its own configuration, so that
/// references to them evaluate: `aws_iam_policy_document.json`.
pub fn data_source_outputs(kind: &str, v: &mut Value) {
    if kind != "aws_iam_policy_document" {
        return;
    }
    let Value::Map(m) = v else { return };
    let json = policy_document_json(m);
    m.insert(
        "json".to_string(),
        json.clone().map(Value::String).unwrap_or_default(),
    );
    m.insert(
        "minified_json".to_string(),
        json.map(Value::String).unwrap_or_default(),
    );
}

fn policy_document_json(m: &BTreeMap<String, Value>) -> Option<String> {
    for merged in [
        "source_policy_documents",
        "override_policy_documents",
        "source_json",
        "override_json",
    ] {
        if m.contains_key(merged) {
            return None;
        }
    }
    let mut doc = serde_json::Map::new();
    let version = match m.get("version") {
        Some(Value::String(v)) => v.clone(),
        None | Some(Value::Null) => "2012-10-17".into(),
        _ => return None,
    };
    doc.insert("Version".into(), version.into());
    let mut statements = Vec::new();
    let empty = Vec::new();
    let stmts = match m.get("statement") {
        Some(Value::List(l)) => l,
        None => &empty,
        _ => return None,
    };
    for st in stmts {
        let Value::Map(st) = st else { return None };
        let mut out = serde_json::Map::new();
        if let Some(Value::String(sid)) = st.get("sid") {
            out.insert("Sid".into(), sid.clone().into());
        }
        let effect = match st.get("effect") {
            Some(Value::String(e)) => e.clone(),
            None | Some(Value::Null) => "Allow".into(),
            _ => return None,
        };
        out.insert("Effect".into(), effect.into());
        for (tf, json) in [
            ("actions", "Action"),
            ("not_actions", "NotAction"),
            ("resources", "Resource"),
            ("not_resources", "NotResource"),
        ] {
            match st.get(tf) {
                None | Some(Value::Null) => {}
                Some(v) => {
                    let l = list(v)?;
                    let items: Vec<serde_json::Value> = l
                        .iter()
                        .map(|x| s(x).map(Into::into))
                        .collect::<Option<_>>()?;
                    out.insert(json.into(), one_or_many(items));
                }
            }
        }
        for (tf, json) in [
            ("principals", "Principal"),
            ("not_principals", "NotPrincipal"),
        ] {
            let Some(Value::List(ps)) = st.get(tf) else {
                continue;
            };
            let mut pm = serde_json::Map::new();
            let mut star = false;
            for p in ps {
                let Value::Map(p) = p else { return None };
                let ty = s(p.get("type")?)?;
                let ids: Vec<serde_json::Value> = list(p.get("identifiers")?)?
                    .iter()
                    .map(|x| s(x).map(Into::into))
                    .collect::<Option<_>>()?;
                if ty == "*" {
                    star = true;
                    continue;
                }
                pm.insert(ty, one_or_many(ids));
            }
            if star && pm.is_empty() {
                out.insert(json.into(), "*".into());
            } else {
                out.insert(json.into(), serde_json::Value::Object(pm));
            }
        }
        if let Some(Value::List(cs)) = st.get("condition") {
            let mut cm: serde_json::Map<String, serde_json::Value> = serde_json::Map::new();
            for c in cs {
                let Value::Map(c) = c else { return None };
                let test = s(c.get("test")?)?;
                let var = s(c.get("variable")?)?;
                let vals: Vec<serde_json::Value> = list(c.get("values")?)?
                    .iter()
                    .map(|x| s(x).map(Into::into))
                    .collect::<Option<_>>()?;
                let entry = cm
                    .entry(test)
                    .or_insert_with(|| serde_json::Value::Object(Default::default()));
                if let serde_json::Value::Object(o) = entry {
                    o.insert(var, one_or_many(vals));
                }
            }
            out.insert("Condition".into(), serde_json::Value::Object(cm));
        }
        statements.push(serde_json::Value::Object(out));
    }
    doc.insert("Statement".into(), serde_json::Value::Array(statements));
    serde_json::to_string(&serde_json::Value::Object(doc)).ok()
}

fn one_or_many(mut items: Vec<serde_json::Value>) -> serde_json::Value {
    if items.len() == 1 {
        items.remove(0)
    } else {
        serde_json::Value::Array(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(x: &str) -> Value {
        Value::String(x.into())
    }

    #[test]
    fn string_functions() {
        assert_eq!(call("upper", &[st("ab")], ""), st("AB"));
        assert_eq!(
            call("format", &[st("%s-%d"), st("a"), Value::Number(3.0)], ""),
            st("a-3")
        );
        assert_eq!(
            call("join", &[st(","), Value::List(vec![st("a"), st("b")])], ""),
            st("a,b")
        );
        assert_eq!(
            call(
                "substr",
                &[st("hello"), Value::Number(1.0), Value::Number(3.0)],
                ""
            ),
            st("ell")
        );
    }

    #[test]
    fn unknowns_propagate_except_where_determined() {
        assert_eq!(call("upper", &[Value::Unknown], ""), Value::Unknown);
        assert_eq!(call("coalesce", &[st("a"), Value::Unknown], ""), st("a"));
        assert_eq!(
            call(
                "length",
                &[Value::List(vec![Value::Unknown, Value::Unknown])],
                ""
            ),
            Value::Number(2.0)
        );
        assert_eq!(call("nosuchfunction", &[st("a")], ""), Value::Unknown);
    }
}
