//! Terraform's built-in functions. A function that is not modelled, or whose arguments are
//! unknown or invalid, yields an unknown value; it never aborts evaluation.
//!
//! Unknown arguments make the result unknown, except where Terraform's result is determined
//! anyway (`coalesce("a", unknown)`, `length([unknown])`, `keys` of a map with unknown values).
//! Results are bounded: strings by [`MAX_STRING`], collections by [`MAX_COLLECTION`], so hostile
//! arguments (`range(1e9)`, `format("%999999999d", 1)`) give an unknown instead of exhausting
//! memory.
//!
//! Deliberately unknown: functions whose result depends on the time, randomness or the machine
//! (`timestamp`, `plantimestamp`, `uuid`, `bcrypt`, `abspath` of a relative path, `pathexpand` of
//! `~`), `type`, `yamldecode`, and the file functions (`file`, `fileexists`, `fileset`,
//! `templatefile`, ...), which need sandboxing to the scanned tree.

use std::collections::{BTreeMap, HashSet};

use unicode_segmentation::UnicodeSegmentation;

use super::eval::{MAX_COLLECTION, values_equal};
use crate::value::{Value, format_number};

/// Longest string a function or template may build.
pub const MAX_STRING: usize = 1 << 20;

/// Most elements `range` produces, as in Terraform.
const MAX_RANGE: usize = 1024;

/// Deepest nesting the recursive helpers (JSON, YAML, flatten) descend into.
const MAX_NESTING: usize = 256;

/// Size limit of a compiled regular expression.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Calls a built-in function. `module_dir` is `path.module` for path functions.
pub fn call(name: &str, args: &[Value], _module_dir: &str) -> Value {
    let name = name
        .strip_prefix("core::")
        .or_else(|| name.strip_prefix("provider::terraform::"))
        .unwrap_or(name);
    dispatch(name, args).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Argument conversions, following Terraform's automatic type conversions.

/// A primitive converted to a string (`tostring`); `None` for anything else.
fn s(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) if !n.is_finite() => None,
        _ => v.to_tf_string(),
    }
}

/// A number, or a string holding one (Terraform parses decimal numbers only, without spaces).
fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) if n.is_finite() => Some(*n),
        Value::String(x) => parse_number(x),
        _ => None,
    }
}

/// Parses a decimal number as Terraform's string-to-number conversion does.
fn parse_number(x: &str) -> Option<f64> {
    let b = x.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let n: f64 = x.parse().ok()?;
    n.is_finite().then_some(n)
}

/// A whole number that fits a machine integer.
fn int(v: &Value) -> Option<i64> {
    let n = num(v)?;
    (n.fract() == 0.0 && n.abs() < 9.0e18).then_some(n as i64)
}

fn boolean(v: &Value) -> Option<bool> {
    v.to_tf_bool()
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

/// A string result, unknown when longer than [`MAX_STRING`].
fn string(x: String) -> Option<Value> {
    (x.len() <= MAX_STRING).then_some(Value::String(x))
}

/// An argument of a function whose result is at least as long: longer than [`MAX_STRING`] can
/// only give an unknown, so it is refused before any work.
fn bounded(x: String) -> Option<String> {
    (x.len() <= MAX_STRING).then_some(x)
}

/// A list result, unknown when longer than [`MAX_COLLECTION`].
fn new_list(l: Vec<Value>) -> Option<Value> {
    (l.len() <= MAX_COLLECTION).then_some(Value::List(l))
}

fn number(n: f64) -> Option<Value> {
    n.is_finite().then_some(Value::Number(n))
}

fn graphemes(x: &str) -> usize {
    x.graphemes(true).count()
}

// ---------------------------------------------------------------------------------------------
// Type unification and sets.

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    String,
    Number,
    Bool,
    List,
    Map,
}

fn kind(v: &Value) -> Option<Kind> {
    match v {
        Value::String(_) => Some(Kind::String),
        Value::Number(_) => Some(Kind::Number),
        Value::Bool(_) => Some(Kind::Bool),
        Value::List(_) => Some(Kind::List),
        Value::Map(_) => Some(Kind::Map),
        Value::Null | Value::Unknown => None,
    }
}

/// Converts the elements of a collection to a common type as Terraform does for lists, sets and
/// maps: mixed primitives all become strings. `None` when no common type exists.
fn unify(mut items: Vec<Value>) -> Option<Vec<Value>> {
    let mut kinds: Vec<Kind> = Vec::new();
    for k in items.iter().filter_map(kind) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    if kinds.len() <= 1 {
        return Some(items);
    }
    if kinds.iter().any(|k| matches!(k, Kind::List | Kind::Map)) {
        return None;
    }
    for v in &mut items {
        if matches!(v, Value::Number(_) | Value::Bool(_)) {
            *v = Value::String(s(v)?);
        }
    }
    Some(items)
}

/// Unifies the elements of several collections together, as Terraform converts the arguments
/// of set functions to one set type.
fn unify_lists(lists: Vec<Vec<Value>>) -> Option<Vec<Vec<Value>>> {
    let lens: Vec<usize> = lists.iter().map(Vec::len).collect();
    let mut all = unify(lists.into_iter().flatten().collect())?.into_iter();
    Some(
        lens.into_iter()
            .map(|n| all.by_ref().take(n).collect())
            .collect(),
    )
}

/// A canonical encoding of a known value: equal values (by Terraform's `==`) encode equally.
fn canon(v: &Value, out: &mut String) -> Option<()> {
    match v {
        Value::Null => out.push('n'),
        Value::Bool(b) => out.push(if *b { 't' } else { 'f' }),
        Value::Number(n) => {
            let n = if *n == 0.0 { 0.0 } else { *n };
            out.push('N');
            out.push_str(&n.to_bits().to_string());
            out.push(';');
        }
        Value::String(x) => {
            out.push('S');
            out.push_str(&x.len().to_string());
            out.push(':');
            out.push_str(x);
        }
        Value::List(l) => {
            out.push('L');
            out.push_str(&l.len().to_string());
            out.push('[');
            for x in l {
                canon(x, out)?;
            }
        }
        Value::Map(m) => {
            out.push('M');
            out.push_str(&m.len().to_string());
            out.push('{');
            for (k, x) in m {
                out.push_str(&k.len().to_string());
                out.push(':');
                out.push_str(k);
                canon(x, out)?;
            }
        }
        Value::Unknown => return None,
    }
    Some(())
}

fn canon_key(v: &Value) -> Option<String> {
    let mut out = String::new();
    canon(v, &mut out)?;
    Some(out)
}

/// Removes later duplicates, keeping first occurrences in order. `None` if anything is unknown.
fn dedup(items: Vec<Value>) -> Option<Vec<Value>> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        if seen.insert(canon_key(&v)?) {
            out.push(v);
        }
    }
    Some(out)
}

/// Normalizes a collection into a set as Terraform orders it: a common element type, no
/// duplicates, primitives sorted (strings lexically, numbers numerically, false before true)
/// and nulls last.
fn to_set(items: Vec<Value>) -> Option<Vec<Value>> {
    if items.iter().any(Value::contains_unknown) {
        return None;
    }
    let (nulls, mut items): (Vec<Value>, Vec<Value>) = dedup(unify(items)?)?
        .into_iter()
        .partition(|v| matches!(v, Value::Null));
    if items.iter().all(|v| matches!(v, Value::String(_))) {
        items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
    } else if items.iter().all(|v| matches!(v, Value::Number(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Number(x), Value::Number(y)) => x.total_cmp(y),
            _ => std::cmp::Ordering::Equal,
        });
    } else if items.iter().all(|v| matches!(v, Value::Bool(_))) {
        items.sort_by_key(|v| matches!(v, Value::Bool(true)));
    }
    items.extend(nulls);
    Some(items)
}

// ---------------------------------------------------------------------------------------------
// Dispatch.

fn dispatch(name: &str, a: &[Value]) -> Option<Value> {
    // Functions that decide their result even with (some) unknown arguments.
    match name {
        "coalesce" => return coalesce(a),
        "coalescelist" => {
            for v in a {
                match v {
                    Value::Null => continue,
                    Value::List(l) if l.is_empty() => continue,
                    Value::List(_) => return Some(v.clone()),
                    _ => return None,
                }
            }
            return None;
        }
        "length" => {
            let [v] = a else { return None };
            return Some(Value::Number(match v {
                Value::List(l) => l.len() as f64,
                Value::Map(m) => m.len() as f64,
                Value::String(x) => graphemes(x) as f64,
                _ => return None,
            }));
        }
        "concat" => {
            if a.is_empty() {
                return None;
            }
            let mut total = 0usize;
            for v in a {
                total = total.saturating_add(list(v)?.len());
            }
            if total > MAX_COLLECTION {
                return None;
            }
            let mut out = Vec::with_capacity(total);
            for v in a {
                out.extend(list(v)?.iter().cloned());
            }
            return Some(Value::List(out));
        }
        "merge" => {
            let mut out = BTreeMap::new();
            for m in a {
                match m {
                    Value::Null => {}
                    _ => out.extend(map(m)?.iter().map(|(k, v)| (k.clone(), v.clone()))),
                }
            }
            return Some(Value::Map(out));
        }
        "lookup" => {
            let (m, key, default) = match a {
                [m, k] => (m, k, None),
                [m, k, d] => (m, k, Some(d)),
                _ => return None,
            };
            let m = map(m)?;
            return match m.get(&s(key)?) {
                Some(v) => Some(v.clone()),
                None => default.cloned(),
            };
        }
        "element" => {
            let [l, i] = a else { return None };
            let l = list(l)?;
            if l.is_empty() {
                return None;
            }
            let i = int(i)?.rem_euclid(l.len() as i64) as usize;
            return Some(l[i].clone());
        }
        "index" => {
            let [l, v] = a else { return None };
            let l = list(l)?;
            if v.contains_unknown() {
                return None;
            }
            for (i, x) in l.iter().enumerate() {
                if x.contains_unknown() {
                    return None;
                }
                if values_equal(x, v) {
                    return Some(Value::Number(i as f64));
                }
            }
            return None;
        }
        "contains" => {
            let [l, v] = a else { return None };
            let l = list(l)?;
            if v.contains_unknown() {
                return None;
            }
            let mut unknown = false;
            for x in l {
                if x.contains_unknown() {
                    unknown = true;
                } else if values_equal(x, v) {
                    return Some(Value::Bool(true));
                }
            }
            return (!unknown).then_some(Value::Bool(false));
        }
        "keys" => {
            let [m] = a else { return None };
            return Some(Value::List(
                map(m)?.keys().map(|k| Value::String(k.clone())).collect(),
            ));
        }
        "values" => {
            let [m] = a else { return None };
            return Some(Value::List(map(m)?.values().cloned().collect()));
        }
        "reverse" => {
            let [l] = a else { return None };
            return Some(Value::List(list(l)?.iter().rev().cloned().collect()));
        }
        "slice" => {
            let [l, from, to] = a else { return None };
            let l = list(l)?;
            let (from, to) = (int(from)?, int(to)?);
            if from < 0 || from > to || to > l.len() as i64 {
                return None;
            }
            return Some(Value::List(l[from as usize..to as usize].to_vec()));
        }
        "one" => {
            let [l] = a else { return None };
            let l = list(l)?;
            return match l.len() {
                0 => Some(Value::Null),
                1 => Some(l[0].clone()),
                _ => None,
            };
        }
        "alltrue" | "anytrue" => {
            let [l] = a else { return None };
            let mut unknown = false;
            let mut bools = Vec::new();
            for x in list(l)? {
                match x {
                    Value::Unknown => unknown = true,
                    Value::Null => bools.push(false),
                    other => bools.push(boolean(other)?),
                }
            }
            let all = name == "alltrue";
            // `alltrue` is decided by any false, `anytrue` by any true.
            if bools.iter().any(|b| *b != all) {
                return Some(Value::Bool(!all));
            }
            return (!unknown).then_some(Value::Bool(all));
        }
        "chunklist" => {
            let [l, size] = a else { return None };
            let l = list(l)?;
            let size = int(size)?;
            if size < 0 {
                return None;
            }
            if l.is_empty() {
                return Some(Value::List(Vec::new()));
            }
            if size == 0 {
                return Some(Value::List(vec![Value::List(l.clone())]));
            }
            return Some(Value::List(
                l.chunks(size.min(l.len() as i64) as usize)
                    .map(|c| Value::List(c.to_vec()))
                    .collect(),
            ));
        }
        "zipmap" => {
            let [k, v] = a else { return None };
            let (k, v) = (list(k)?, list(v)?);
            if k.len() != v.len() || k.iter().any(Value::contains_unknown) {
                return None;
            }
            let mut out = BTreeMap::new();
            for (k, v) in k.iter().zip(v) {
                out.insert(s(k)?, v.clone());
            }
            return Some(Value::Map(out));
        }
        "formatlist" => return formatlist(a),
        "tolist" => {
            let [v] = a else { return None };
            return match v {
                Value::Null => Some(Value::Null),
                Value::List(l) => Some(Value::List(unify(l.clone())?)),
                _ => None,
            };
        }
        "tomap" => {
            let [v] = a else { return None };
            return match v {
                Value::Null => Some(Value::Null),
                Value::Map(m) => {
                    let keys: Vec<String> = m.keys().cloned().collect();
                    let vals = unify(m.values().cloned().collect())?;
                    Some(Value::Map(keys.into_iter().zip(vals).collect()))
                }
                _ => None,
            };
        }
        "sensitive" | "nonsensitive" | "ephemeralasnull" => {
            let [v] = a else { return None };
            return Some(v.clone());
        }
        _ => {}
    }
    if a.iter().any(Value::contains_unknown) {
        return None;
    }
    match name {
        // numeric
        "abs" => number(one_num(a)?.abs()),
        "ceil" => number(one_num(a)?.ceil()),
        "floor" => number(one_num(a)?.floor()),
        "signum" => {
            let x = one_num(a)?;
            number(if x > 0.0 {
                1.0
            } else if x < 0.0 {
                -1.0
            } else {
                0.0
            })
        }
        "pow" => {
            let [x, y] = a else { return None };
            number(num(x)?.powf(num(y)?))
        }
        "log" => {
            let [x, b] = a else { return None };
            number(num(x)?.ln() / num(b)?.ln())
        }
        "max" | "min" => {
            let nums: Vec<f64> = a.iter().map(num).collect::<Option<_>>()?;
            let first = *nums.first()?;
            number(nums.into_iter().fold(first, |acc, x| {
                if name == "max" {
                    acc.max(x)
                } else {
                    acc.min(x)
                }
            }))
        }
        "parseint" => {
            let [Value::String(x), base] = a else {
                return None;
            };
            parseint(x, int(base)?)
        }
        // strings
        "lower" => string(one_str(a)?.chars().map(lower_char).collect()),
        "upper" => string(one_str(a)?.chars().map(upper_char).collect()),
        "title" => string(title(&one_str(a)?)),
        "chomp" => string(one_str(a)?.trim_end_matches(['\n', '\r']).to_string()),
        "trimspace" => string(one_str(a)?.trim().to_string()),
        "strrev" => string(one_str(a)?.graphemes(true).rev().collect()),
        "trim" => {
            let (x, cut) = two_str(a)?;
            string(x.trim_matches(|c| cut.contains(c)).to_string())
        }
        "trimprefix" => {
            let (x, p) = two_str(a)?;
            string(x.strip_prefix(p.as_str()).unwrap_or(&x).to_string())
        }
        "trimsuffix" => {
            let (x, p) = two_str(a)?;
            string(x.strip_suffix(p.as_str()).unwrap_or(&x).to_string())
        }
        "startswith" => {
            let (x, p) = two_str(a)?;
            Some(Value::Bool(x.starts_with(&p)))
        }
        "endswith" => {
            let (x, p) = two_str(a)?;
            Some(Value::Bool(x.ends_with(&p)))
        }
        "strcontains" => {
            let (x, p) = two_str(a)?;
            Some(Value::Bool(x.contains(&p)))
        }
        "substr" => {
            let [x, off, len] = a else { return None };
            substr(&s(x)?, int(off)?, int(len)?)
        }
        "split" => {
            let (sep, x) = two_str(a)?;
            split(&sep, &x)
        }
        "join" => join(a),
        "replace" => {
            let [x, from, to] = a else { return None };
            replace(&s(x)?, &s(from)?, &s(to)?)
        }
        "indent" => {
            let [k, x] = a else { return None };
            let k = usize::try_from(int(k)?).ok()?;
            let x = s(x)?;
            let lines = x.matches('\n').count();
            if x.len().saturating_add(lines.saturating_mul(k)) > MAX_STRING {
                return None;
            }
            string(x.replace('\n', &format!("\n{}", " ".repeat(k))))
        }
        "format" => {
            let (spec, rest) = a.split_first()?;
            string(gofmt::format(&s(spec)?, rest)?)
        }
        "regex" => {
            let (pattern, x) = two_str(a)?;
            let re = compile_regex(&pattern)?;
            let shape = regex_shape(&re)?;
            let caps = re.captures(&x)?;
            Some(regex_result(&re, shape, &caps))
        }
        "regexall" => {
            let (pattern, x) = two_str(a)?;
            let re = compile_regex(&pattern)?;
            let shape = regex_shape(&re)?;
            let mut out = Vec::new();
            for caps in re.captures_iter(&x) {
                if out.len() >= MAX_COLLECTION {
                    return None;
                }
                out.push(regex_result(&re, shape, &caps));
            }
            Some(Value::List(out))
        }
        // collections
        "compact" => {
            let [l] = a else { return None };
            let mut out = Vec::new();
            for x in list(l)? {
                match x {
                    Value::Null => {}
                    other => {
                        let x = s(other)?;
                        if !x.is_empty() {
                            out.push(Value::String(x));
                        }
                    }
                }
            }
            Some(Value::List(out))
        }
        "distinct" => {
            let [l] = a else { return None };
            Some(Value::List(dedup(list(l)?.clone())?))
        }
        "flatten" => {
            let [l] = a else { return None };
            let mut out = Vec::new();
            flatten(list(l)?, &mut out, 0)?;
            Some(Value::List(out))
        }
        "sort" => {
            let [l] = a else { return None };
            let mut l: Vec<String> = list(l)?.iter().map(s).collect::<Option<_>>()?;
            l.sort();
            Some(Value::List(l.into_iter().map(Value::String).collect()))
        }
        "sum" => {
            let [l] = a else { return None };
            let l = list(l)?;
            if l.is_empty() {
                return None;
            }
            let mut total = 0.0;
            for x in l {
                total += num(x)?;
            }
            number(total)
        }
        "range" => range(a),
        "matchkeys" => {
            let [vals, keys, search] = a else {
                return None;
            };
            let (vals, keys, search) = (list(vals)?, list(keys)?, list(search)?);
            if vals.len() != keys.len() {
                return None;
            }
            let [keys, search] = unify_lists(vec![keys.clone(), search.clone()])?
                .try_into()
                .ok()?;
            let wanted: HashSet<String> = search.iter().map(canon_key).collect::<Option<_>>()?;
            let mut out = Vec::new();
            for (v, k) in vals.iter().zip(&keys) {
                if wanted.contains(&canon_key(k)?) {
                    out.push(v.clone());
                }
            }
            Some(Value::List(out))
        }
        "transpose" => {
            let [m] = a else { return None };
            let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let mut total = 0usize;
            for (k, l) in map(m)? {
                for v in list(l)? {
                    let v = s(v)?;
                    total += 1;
                    if total > MAX_COLLECTION {
                        return None;
                    }
                    out.entry(v).or_default().push(k.clone());
                }
            }
            Some(Value::Map(
                out.into_iter()
                    .map(|(k, mut l)| {
                        l.sort();
                        (k, Value::List(l.into_iter().map(Value::String).collect()))
                    })
                    .collect(),
            ))
        }
        "toset" => {
            let [v] = a else { return None };
            match v {
                Value::Null => Some(Value::Null),
                Value::List(l) => Some(Value::List(to_set(l.clone())?)),
                _ => None,
            }
        }
        "setunion" => {
            let mut all = Vec::new();
            for l in a {
                all.extend(list(l)?.iter().cloned());
                if all.len() > MAX_COLLECTION {
                    return None;
                }
            }
            if a.is_empty() {
                return None;
            }
            Some(Value::List(to_set(all)?))
        }
        "setintersection" | "setsubtract" => {
            if a.len() < 2 || (name == "setsubtract" && a.len() != 2) {
                return None;
            }
            let lists: Vec<Vec<Value>> =
                a.iter().map(|l| list(l).cloned()).collect::<Option<_>>()?;
            let mut lists = unify_lists(lists)?.into_iter();
            let mut out = to_set(lists.next()?)?;
            for other in lists {
                let other: HashSet<String> = to_set(other)?
                    .iter()
                    .map(canon_key)
                    .collect::<Option<_>>()?;
                let keep = name == "setintersection";
                let mut kept = Vec::with_capacity(out.len());
                for v in out {
                    if other.contains(&canon_key(&v)?) == keep {
                        kept.push(v);
                    }
                }
                out = kept;
            }
            Some(Value::List(out))
        }
        "setproduct" => setproduct(a),
        // encoding
        "base64encode" => string(b64::encode(bounded(one_str(a)?)?.as_bytes())),
        "base64decode" => string(String::from_utf8(b64::decode(&one_str(a)?)?).ok()?),
        "textencodebase64" => {
            let (x, enc) = two_str(a)?;
            string(b64::encode(&text_encode(&bounded(x)?, &enc)?))
        }
        "textdecodebase64" => {
            let (x, enc) = two_str(a)?;
            string(text_decode(&b64::decode(&x)?, &enc)?)
        }
        "jsonencode" => {
            let [v] = a else { return None };
            let mut out = String::new();
            json::encode(v, &mut out, 0)?;
            string(out)
        }
        "jsondecode" => json::decode(&one_str(a)?),
        "csvdecode" => csvdecode(&one_str(a)?),
        "yamldecode" => yamldecode(&one_str(a)?),
        "urlencode" => string(urlencode(&bounded(one_str(a)?)?)),
        "yamlencode" => {
            let [v] = a else { return None };
            string(yaml::encode(v)?)
        }
        // filesystem paths (never the file system itself)
        "abspath" => {
            let p = one_str(a)?;
            p.starts_with('/').then(|| Value::String(clean_path(&p)))
        }
        "basename" => string(basename(&one_str(a)?)),
        "dirname" => string(dirname(&one_str(a)?)),
        "pathexpand" => {
            let p = one_str(a)?;
            (!p.starts_with('~')).then_some(Value::String(p))
        }
        // hashing
        "md5" => string(hex(&hash::<md5::Md5>(&one_str(a)?))),
        "sha1" => string(hex(&hash::<sha1::Sha1>(&one_str(a)?))),
        "sha256" => string(hex(&hash::<sha2::Sha256>(&one_str(a)?))),
        "sha512" => string(hex(&hash::<sha2::Sha512>(&one_str(a)?))),
        "base64sha256" => string(b64::encode(&hash::<sha2::Sha256>(&one_str(a)?))),
        "base64sha512" => string(b64::encode(&hash::<sha2::Sha512>(&one_str(a)?))),
        "uuidv5" => {
            let (ns, name) = two_str(a)?;
            string(uuidv5(&ns, &name)?)
        }
        // networking
        "cidrhost" => {
            let [prefix, host] = a else { return None };
            cidr::host(&s(prefix)?, num(host)?)
        }
        "cidrnetmask" => cidr::netmask(&one_str(a)?),
        "cidrsubnet" => {
            let [prefix, bits, netnum] = a else {
                return None;
            };
            cidr::subnet(&s(prefix)?, int(bits)?, num(netnum)?)
        }
        "cidrsubnets" => {
            let (prefix, bits) = a.split_first()?;
            let bits: Vec<i64> = bits.iter().map(int).collect::<Option<_>>()?;
            cidr::subnets(&s(prefix)?, &bits)
        }
        // type conversions
        "tostring" => {
            let [v] = a else { return None };
            match v {
                Value::Null => Some(Value::Null),
                v => s(v).map(Value::String),
            }
        }
        "tobool" => {
            let [v] = a else { return None };
            match v {
                Value::Null => Some(Value::Null),
                v => boolean(v).map(Value::Bool),
            }
        }
        "tonumber" => {
            let [v] = a else { return None };
            match v {
                Value::Null => Some(Value::Null),
                v => num(v).map(Value::Number),
            }
        }
        // `type`, `yamldecode`, time, randomness and the file functions are not modelled.
        _ => None,
    }
}

fn one_num(a: &[Value]) -> Option<f64> {
    let [x] = a else { return None };
    num(x)
}

fn one_str(a: &[Value]) -> Option<String> {
    let [x] = a else { return None };
    s(x)
}

fn two_str(a: &[Value]) -> Option<(String, String)> {
    let [x, y] = a else { return None };
    Some((s(x)?, s(y)?))
}

// ---------------------------------------------------------------------------------------------
// Numbers.

/// `parseint`: digits `0-9a-zA-Z` with an optional sign; for bases above 36 upper-case letters
/// are the digits 36 to 61, otherwise letters are case-insensitive.
fn parseint(x: &str, base: i64) -> Option<Value> {
    if !(2..=62).contains(&base) {
        return None;
    }
    let (neg, digits) = match x.as_bytes().first() {
        Some(b'-') => (true, &x[1..]),
        Some(b'+') => (false, &x[1..]),
        _ => (false, x),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n = 0.0f64;
    for c in digits.bytes() {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' if base <= 36 => c - b'A' + 10,
            b'A'..=b'Z' => c - b'A' + 36,
            _ => return None,
        } as i64;
        if d >= base {
            return None;
        }
        n = n * base as f64 + d as f64;
    }
    number(if neg { -n } else { n })
}

fn range(a: &[Value]) -> Option<Value> {
    let nums: Vec<f64> = a.iter().map(num).collect::<Option<_>>()?;
    let (start, end, step) = match nums.as_slice() {
        [e] => (0.0, *e, if *e < 0.0 { -1.0 } else { 1.0 }),
        [s, e] => (*s, *e, if e < s { -1.0 } else { 1.0 }),
        [s, e, st] => (*s, *e, *st),
        _ => return None,
    };
    if step == 0.0 || (step < 0.0 && end > start) || (step > 0.0 && end < start) {
        return None;
    }
    let mut out = Vec::new();
    loop {
        // Multiplying rather than accumulating keeps `range(0, 1, 0.1)` at ten elements.
        let x = start + out.len() as f64 * step;
        if (step > 0.0 && x >= end) || (step < 0.0 && x <= end) {
            return Some(Value::List(out));
        }
        if out.len() >= MAX_RANGE {
            return None;
        }
        out.push(Value::Number(x));
    }
}

// ---------------------------------------------------------------------------------------------
// Strings.

/// Go's simple (one character to one character) lower-case mapping.
fn lower_char(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ if c == '\u{130}' => 'i',
        _ => c,
    }
}

/// Go's simple upper-case mapping.
fn upper_char(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        // Greek letters with ypogegrammeni map to their prosgegrammeni forms.
        _ => match c as u32 {
            0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => {
                char::from_u32(c as u32 + 8).unwrap_or(c)
            }
            0x1FB3 | 0x1FC3 | 0x1FF3 => char::from_u32(c as u32 + 9).unwrap_or(c),
            _ => c,
        },
    }
}

/// Go's title-case mapping of one character.
fn title_char(c: char) -> char {
    match c as u32 {
        // Digraphs have a distinct title case.
        0x1C4..=0x1C6 => '\u{1C5}',
        0x1C7..=0x1C9 => '\u{1C8}',
        0x1CA..=0x1CC => '\u{1CB}',
        0x1F1..=0x1F3 => '\u{1F2}',
        // Georgian letters are their own title case.
        0x10D0..=0x10FA | 0x10FD..=0x10FF => c,
        _ => upper_char(c),
    }
}

/// `title`: upper-cases the first letter of each word, as Go's `strings.Title` does.
fn title(x: &str) -> String {
    fn separator(c: char) -> bool {
        if c.is_ascii() {
            return !(c.is_ascii_alphanumeric() || c == '_');
        }
        if c.is_alphabetic() || c.is_numeric() {
            return false;
        }
        c.is_whitespace()
    }
    let mut prev = ' ';
    x.chars()
        .map(|c| {
            let out = if separator(prev) { title_char(c) } else { c };
            prev = c;
            out
        })
        .collect()
}

/// `substr`, counting characters as grapheme clusters. A negative offset counts from the end.
fn substr(x: &str, offset: i64, length: i64) -> Option<Value> {
    let g: Vec<&str> = x.graphemes(true).collect();
    let mut offset = offset;
    if offset < 0 {
        offset += g.len() as i64;
    }
    let start = offset.clamp(0, g.len() as i64) as usize;
    let rest = &g[start..];
    let take = if length < 0 {
        rest.len()
    } else {
        (length as usize).min(rest.len())
    };
    Some(Value::String(rest[..take].concat()))
}

fn split(sep: &str, x: &str) -> Option<Value> {
    let parts: Vec<Value> = if sep.is_empty() {
        // Go splits into characters, and an empty string into nothing.
        let n = x.chars().count();
        if n > MAX_COLLECTION {
            return None;
        }
        x.chars().map(|c| Value::String(c.to_string())).collect()
    } else {
        if x.matches(sep).count() >= MAX_COLLECTION {
            return None;
        }
        x.split(sep).map(|p| Value::String(p.into())).collect()
    };
    new_list(parts)
}

fn join(a: &[Value]) -> Option<Value> {
    let (sep, lists) = a.split_first()?;
    let sep = s(sep)?;
    if lists.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let mut total = 0usize;
    for l in lists {
        for x in list(l)? {
            let x = s(x)?;
            total = total.saturating_add(x.len()).saturating_add(sep.len());
            if total > MAX_STRING + sep.len() {
                return None;
            }
            parts.push(x);
        }
    }
    string(parts.join(&sep))
}

fn replace(x: &str, from: &str, to: &str) -> Option<Value> {
    if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
        let re = compile_regex(&from[1..from.len() - 1])?;
        return string(regex_replace(&re, x, to)?);
    }
    let count = if from.is_empty() {
        x.chars().count() + 1
    } else {
        x.matches(from).count()
    };
    let len = x.len() - count * from.len() + count.checked_mul(to.len())?;
    if len > MAX_STRING {
        return None;
    }
    string(x.replace(from, to))
}

fn compile_regex(pattern: &str) -> Option<regex::Regex> {
    regex::RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .ok()
}

/// One piece of a replacement template.
enum Piece<'a> {
    Text(&'a str),
    Group(usize),
    Named(&'a str),
}

/// Parses a replacement template as Go's `Regexp.Expand` does: `$name` or `${name}`, where
/// `name` is the longest run of letters, digits and `_`; `$$` is a literal `$`.
fn parse_template(t: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find('$') {
        out.push(Piece::Text(&rest[..i]));
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('$') {
            out.push(Piece::Text("$"));
            rest = r;
            continue;
        }
        let (braced, body) = match rest.strip_prefix('{') {
            Some(b) => (true, b),
            None => (false, rest),
        };
        let end = body
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map(|(i, _)| i)
            .unwrap_or(body.len());
        let name = &body[..end];
        let closed = !braced || body[end..].starts_with('}');
        if name.is_empty() || !closed {
            out.push(Piece::Text("$"));
            continue;
        }
        rest = &body[end + usize::from(braced)..];
        let numeric = name.bytes().all(|b| b.is_ascii_digit())
            && !(name.len() > 1 && name.starts_with('0'))
            && name.len() < 9;
        out.push(if numeric {
            Piece::Group(name.parse().unwrap_or(usize::MAX))
        } else {
            Piece::Named(name)
        });
    }
    out.push(Piece::Text(rest));
    out
}

/// Replaces every match like Go's `ReplaceAllString`, refusing results over [`MAX_STRING`].
fn regex_replace(re: &regex::Regex, x: &str, template: &str) -> Option<String> {
    let pieces = parse_template(template);
    let mut out = String::new();
    let mut last = 0;
    for caps in re.captures_iter(x) {
        let m = caps.get(0)?;
        fn group<'t>(p: &Piece<'t>, caps: &regex::Captures<'t>) -> &'t str {
            match p {
                Piece::Text(t) => t,
                Piece::Group(i) => caps.get(*i).map_or("", |m| m.as_str()),
                Piece::Named(n) => caps.name(n).map_or("", |m| m.as_str()),
            }
        }
        let add: usize = pieces.iter().map(|p| group(p, &caps).len()).sum();
        if out.len() + (m.start() - last) + add > MAX_STRING {
            return None;
        }
        out.push_str(&x[last..m.start()]);
        for p in &pieces {
            out.push_str(group(p, &caps));
        }
        last = m.end();
    }
    out.push_str(&x[last..]);
    (out.len() <= MAX_STRING).then_some(out)
}

#[derive(Clone, Copy)]
enum RegexShape {
    /// No capture groups: the matched text.
    Whole,
    /// Unnamed groups: a list of the captures.
    Tuple,
    /// Named groups: a map of the captures.
    Object,
}

fn regex_shape(re: &regex::Regex) -> Option<RegexShape> {
    let names: Vec<Option<&str>> = re.capture_names().skip(1).collect();
    if names.is_empty() {
        return Some(RegexShape::Whole);
    }
    match (
        names.iter().any(Option::is_some),
        names.iter().any(Option::is_none),
    ) {
        (true, true) => None,
        (true, false) => Some(RegexShape::Object),
        _ => Some(RegexShape::Tuple),
    }
}

fn regex_result(re: &regex::Regex, shape: RegexShape, caps: &regex::Captures) -> Value {
    let text =
        |m: Option<regex::Match>| m.map_or(Value::Null, |m| Value::String(m.as_str().into()));
    match shape {
        RegexShape::Whole => text(caps.get(0)),
        RegexShape::Tuple => Value::List((1..caps.len()).map(|i| text(caps.get(i))).collect()),
        RegexShape::Object => Value::Map(
            re.capture_names()
                .flatten()
                .map(|n| (n.to_string(), text(caps.name(n))))
                .collect(),
        ),
    }
}

fn formatlist(a: &[Value]) -> Option<Value> {
    let (spec, args) = a.split_first()?;
    let spec = s(spec)?;
    let mut len: Option<usize> = None;
    for v in args {
        match v {
            Value::Unknown => return None,
            Value::List(l) => match len {
                Some(n) if n != l.len() => return None,
                _ => len = Some(l.len()),
            },
            _ => {}
        }
    }
    let len = len.unwrap_or(1);
    if len > MAX_COLLECTION {
        return None;
    }
    let mut out = Vec::with_capacity(len);
    let mut total = 0usize;
    for i in 0..len {
        let row: Vec<Value> = args
            .iter()
            .map(|x| match x {
                Value::List(l) => l[i].clone(),
                other => other.clone(),
            })
            .collect();
        if row.iter().any(Value::contains_unknown) {
            out.push(Value::Unknown);
            continue;
        }
        let x = gofmt::format(&spec, &row)?;
        total += x.len();
        if total > MAX_STRING {
            return None;
        }
        out.push(Value::String(x));
    }
    Some(Value::List(out))
}

// ---------------------------------------------------------------------------------------------
// Collections.

fn coalesce(a: &[Value]) -> Option<Value> {
    // Mixed primitive types unify to string, as Terraform converts all arguments to one type.
    let mut kinds = a.iter().filter_map(kind);
    let to_string = match kinds.next() {
        Some(first) => kinds.any(|k| k != first),
        None => false,
    };
    for v in a {
        match v {
            Value::Unknown => return None,
            Value::Null => continue,
            Value::String(x) if x.is_empty() => continue,
            Value::Number(_) | Value::Bool(_) if to_string => return Some(Value::String(s(v)?)),
            other => return Some(other.clone()),
        }
    }
    None
}

fn flatten(l: &[Value], out: &mut Vec<Value>, depth: usize) -> Option<()> {
    if depth > MAX_NESTING {
        return None;
    }
    for v in l {
        match v {
            Value::List(inner) => flatten(inner, out, depth + 1)?,
            Value::Unknown => return None,
            other => {
                if out.len() >= MAX_COLLECTION {
                    return None;
                }
                out.push(other.clone());
            }
        }
    }
    Some(())
}

fn setproduct(a: &[Value]) -> Option<Value> {
    if a.len() < 2 {
        return None;
    }
    let lists: Vec<&Vec<Value>> = a.iter().map(list).collect::<Option<_>>()?;
    let mut total = 1usize;
    for l in &lists {
        total = total.checked_mul(l.len())?;
    }
    if total.saturating_mul(lists.len()) > MAX_COLLECTION * 4 || total > MAX_COLLECTION {
        return None;
    }
    let mut out = Vec::with_capacity(total);
    for mut i in 0..total {
        let mut row = vec![Value::Null; lists.len()];
        for (j, l) in lists.iter().enumerate().rev() {
            row[j] = l[i % l.len()].clone();
            i /= l.len();
        }
        out.push(Value::List(row));
    }
    Some(Value::List(out))
}

// ---------------------------------------------------------------------------------------------
// Encodings.

fn urlencode(x: &str) -> String {
    let mut out = String::with_capacity(x.len());
    for b in x.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Text encodings `textencodebase64` and `textdecodebase64` accept, by IANA name or alias.
#[derive(Clone, Copy)]
enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
}

fn text_encoding(name: &str) -> Option<TextEncoding> {
    let n = name.to_ascii_lowercase();
    Some(match n.as_str() {
        "utf-8" | "csutf8" => TextEncoding::Utf8,
        "utf-16le" | "csutf16le" => TextEncoding::Utf16Le,
        "utf-16be" | "csutf16be" => TextEncoding::Utf16Be,
        "iso-8859-1" | "iso_8859-1:1987" | "iso-ir-100" | "iso_8859-1" | "latin1" | "l1"
        | "ibm819" | "cp819" | "csisolatin1" => TextEncoding::Latin1,
        _ => return None,
    })
}

fn text_encode(x: &str, enc: &str) -> Option<Vec<u8>> {
    Some(match text_encoding(enc)? {
        TextEncoding::Utf8 => x.as_bytes().to_vec(),
        TextEncoding::Utf16Le => x.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        TextEncoding::Utf16Be => x.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        TextEncoding::Latin1 => x
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect::<Option<_>>()?,
    })
}

/// Decodes text; `None` for bytes the encoding does not define (Terraform rejects them).
fn text_decode(b: &[u8], enc: &str) -> Option<String> {
    let out = match text_encoding(enc)? {
        TextEncoding::Utf8 => String::from_utf8(b.to_vec()).ok()?,
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            if !b.len().is_multiple_of(2) {
                return None;
            }
            let le = matches!(text_encoding(enc)?, TextEncoding::Utf16Le);
            let units = b.chunks(2).map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .ok()?
        }
        TextEncoding::Latin1 => b.iter().map(|&c| char::from(c)).collect(),
    };
    (!out.contains('\u{FFFD}')).then_some(out)
}

fn csvdecode(x: &str) -> Option<Value> {
    let rows = csv::parse(x)?;
    let (header, rows) = rows.split_first()?;
    let mut seen = HashSet::new();
    if !header.iter().all(|h| seen.insert(h.as_str())) {
        return None;
    }
    if rows.len() > MAX_COLLECTION {
        return None;
    }
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if row.len() != header.len() {
            return None;
        }
        out.push(Value::Map(
            header
                .iter()
                .cloned()
                .zip(row.iter().cloned().map(Value::String))
                .collect(),
        ));
    }
    Some(Value::List(out))
}

// ---------------------------------------------------------------------------------------------
// Paths, as Go's `filepath` treats them on Unix.

fn clean_path(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

fn basename(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".to_string();
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
}

fn dirname(p: &str) -> String {
    match p.rfind('/') {
        Some(i) => clean_path(&p[..=i]),
        None => ".".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Hashing.

fn hash<D: sha2::Digest>(x: &str) -> Vec<u8> {
    D::digest(x.as_bytes()).to_vec()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

fn parse_uuid(x: &str) -> Option<[u8; 16]> {
    let x = x
        .strip_prefix("urn:uuid:")
        .or_else(|| x.strip_prefix('{').and_then(|x| x.strip_suffix('}')))
        .unwrap_or(x);
    let digits: String = match x.len() {
        36 => {
            let b = x.as_bytes();
            if [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
                return None;
            }
            x.chars().filter(|c| *c != '-').collect()
        }
        32 => x.to_string(),
        _ => return None,
    };
    if digits.len() != 32 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// `uuidv5`: a name-based UUID in the namespace `dns`, `url`, `oid`, `x500` or a given UUID.
fn uuidv5(ns: &str, name: &str) -> Option<String> {
    let ns = match ns {
        "dns" => parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8")?,
        "url" => parse_uuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8")?,
        "oid" => parse_uuid("6ba7b812-9dad-11d1-80b4-00c04fd430c8")?,
        "x500" => parse_uuid("6ba7b814-9dad-11d1-80b4-00c04fd430c8")?,
        other => parse_uuid(other)?,
    };
    use sha1::Digest;
    let mut h = sha1::Sha1::new();
    h.update(ns);
    h.update(name.as_bytes());
    let d = h.finalize();
    let mut u = [0u8; 16];
    u.copy_from_slice(&d[..16]);
    u[6] = (u[6] & 0x0f) | 0x50;
    u[8] = (u[8] & 0x3f) | 0x80;
    let x = hex(&u);
    Some(format!(
        "{}-{}-{}-{}-{}",
        &x[..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..]
    ))
}

// ---------------------------------------------------------------------------------------------
// `format`: Terraform's printf-like verbs, formatted as Go formats big numbers.

mod gofmt {
    use unicode_segmentation::UnicodeSegmentation;

    use super::{MAX_STRING, Value, graphemes, json, num, s};

    #[derive(Default)]
    struct Verb {
        zero: bool,
        sharp: bool,
        plus: bool,
        minus: bool,
        space: bool,
        width: Option<usize>,
        prec: Option<usize>,
        mode: char,
    }

    /// Reads a decimal number for a width, precision or argument index.
    fn digits(it: &mut std::iter::Peekable<std::str::Chars>) -> Option<usize> {
        let mut n: usize = 0;
        while let Some(c) = it.peek().and_then(|c| c.to_digit(10)) {
            it.next();
            n = n.checked_mul(10)?.checked_add(c as usize)?;
            if n > MAX_STRING {
                return None;
            }
        }
        Some(n)
    }

    /// Formats `args` by `spec`. `None` for an invalid specification, a value a verb cannot
    /// format, too few or too many arguments, or a result over [`MAX_STRING`].
    pub fn format(spec: &str, args: &[Value]) -> Option<String> {
        let mut out = String::new();
        let mut it = spec.chars().peekable();
        let mut next_arg = 1usize;
        let mut max_used = 0usize;
        while let Some(c) = it.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            if it.peek() == Some(&'%') {
                it.next();
                out.push('%');
                continue;
            }
            let mut v = Verb::default();
            while let Some(&f) = it.peek() {
                match f {
                    '0' => v.zero = true,
                    '#' => v.sharp = true,
                    '-' => v.minus = true,
                    '+' => v.plus = true,
                    ' ' => v.space = true,
                    _ => break,
                }
                it.next();
            }
            let mut arg = next_arg;
            if it.peek() == Some(&'[') {
                it.next();
                if !matches!(it.peek(), Some('1'..='9')) {
                    return None;
                }
                arg = digits(&mut it)?;
                if it.next() != Some(']') {
                    return None;
                }
            }
            if matches!(it.peek(), Some('1'..='9')) {
                v.width = Some(digits(&mut it)?);
            }
            if it.peek() == Some(&'.') {
                it.next();
                v.prec = Some(digits(&mut it)?);
            }
            v.mode = it.next().filter(char::is_ascii_alphabetic)?;
            let value = args.get(arg.checked_sub(1)?)?;
            max_used = max_used.max(arg);
            next_arg = arg + 1;
            append(&v, value, &mut out)?;
            if out.len() > MAX_STRING {
                return None;
            }
        }
        (max_used >= args.len()).then_some(out)
    }

    fn append(v: &Verb, arg: &Value, out: &mut String) -> Option<()> {
        if v.mode != 'v' && matches!(arg, Value::Null) {
            return None;
        }
        match v.mode {
            'v' => {
                let text = match arg {
                    Value::String(x) if !v.sharp => x.clone(),
                    Value::Number(n) if !v.sharp => float_text('g', None, *n)?,
                    other => {
                        let mut j = String::new();
                        json::encode(other, &mut j, 0)?;
                        j
                    }
                };
                out.push_str(&pad(v, text)?);
            }
            't' => out.push_str(if arg.to_tf_bool()? { "true" } else { "false" }),
            'b' | 'd' | 'o' | 'x' | 'X' => out.push_str(&integer(v, num(arg)?)?),
            'e' | 'E' | 'f' | 'g' | 'G' => out.push_str(&float(v, num(arg)?)?),
            's' | 'q' => {
                let mut x = s(arg)?;
                if let Some(p) = v.prec.filter(|p| *p > 0) {
                    x = x.graphemes(true).take(p).collect();
                }
                if v.mode == 'q' {
                    if x.len() > MAX_STRING {
                        return None;
                    }
                    let mut j = String::new();
                    json::quote(&x, &mut j);
                    x = j;
                }
                out.push_str(&pad(v, x)?);
            }
            _ => return None,
        }
        Some(())
    }

    /// Pads to the verb's width, counted in grapheme clusters.
    fn pad(v: &Verb, x: String) -> Option<String> {
        let Some(width) = v.width else {
            return Some(x);
        };
        let have = graphemes(&x);
        if have >= width {
            return Some(x);
        }
        let fill = if v.zero { "0" } else { " " }.repeat(width - have);
        Some(if v.minus { x + &fill } else { fill + &x })
    }

    /// Integer verbs, as Go formats a big integer: sign, base prefix (`#`), precision as a
    /// minimum digit count, and width padding.
    fn integer(v: &Verb, n: f64) -> Option<String> {
        if n.fract() != 0.0 {
            return None;
        }
        let a = n.abs();
        let digits = if a < 3.0e38 {
            let u = a as u128;
            match v.mode {
                'b' => format!("{u:b}"),
                'o' => format!("{u:o}"),
                'x' => format!("{u:x}"),
                'X' => format!("{u:X}"),
                _ => format!("{u}"),
            }
        } else if v.mode == 'd' {
            format!("{a:.0}")
        } else {
            return None;
        };
        let sign = if n < 0.0 {
            "-"
        } else if v.plus {
            "+"
        } else if v.space {
            " "
        } else {
            ""
        };
        let prefix = match (v.sharp, v.mode) {
            (true, 'b') => "0b",
            (true, 'o') => "0",
            (true, 'x') => "0x",
            (true, 'X') => "0X",
            _ => "",
        };
        let mut zeros = 0;
        if let Some(p) = v.prec {
            if digits.len() < p {
                zeros = p - digits.len();
            } else if digits == "0" && p == 0 {
                return Some(String::new());
            }
        }
        let (mut left, mut right) = (0, 0);
        let length = sign.len() + prefix.len() + zeros + digits.len();
        if let Some(w) = v.width.filter(|w| *w > length) {
            let d = w - length;
            if v.minus {
                right = d;
            } else if v.zero && v.prec.is_none() {
                zeros = d;
            } else {
                left = d;
            }
        }
        Some(format!(
            "{}{sign}{prefix}{}{digits}{}",
            " ".repeat(left),
            "0".repeat(zeros),
            " ".repeat(right)
        ))
    }

    /// Floating-point verbs, as Go formats a big float.
    fn float(v: &Verb, n: f64) -> Option<String> {
        let prec = match v.mode {
            'g' | 'G' => v.prec,
            _ => Some(v.prec.unwrap_or(6)),
        };
        let body = float_text(v.mode, prec, n.abs())?;
        let sign = if n < 0.0 {
            "-"
        } else if v.plus {
            "+"
        } else if v.space {
            " "
        } else {
            ""
        };
        let padding = v
            .width
            .map_or(0, |w| w.saturating_sub(sign.len() + body.len()));
        Some(if v.zero {
            format!("{sign}{}{body}", "0".repeat(padding))
        } else if v.minus {
            format!("{sign}{body}{}", " ".repeat(padding))
        } else {
            format!("{}{sign}{body}", " ".repeat(padding))
        })
    }

    /// The decimal digits of `a` (no trailing zeros) and the position of the decimal point:
    /// `a = 0.d1d2d3... × 10^exp`. Rounded to `sig` significant digits, or the shortest digits
    /// that read back as `a`.
    fn decimal(a: f64, sig: Option<usize>) -> (Vec<u8>, i64) {
        if a == 0.0 {
            return (Vec::new(), 0);
        }
        let text = match sig {
            Some(p) => format!("{:.*e}", p.max(1) - 1, a),
            None => format!("{a:e}"),
        };
        let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
        let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        (digits, exp.parse::<i64>().unwrap_or(0) + 1)
    }

    fn fmt_e(digits: &[u8], exp: i64, prec: i64, upper: bool) -> String {
        let mut out = String::new();
        out.push(digits.first().map_or('0', |d| *d as char));
        if prec > 0 {
            out.push('.');
            for i in 1..=prec as usize {
                out.push(digits.get(i).map_or('0', |d| *d as char));
            }
        }
        out.push(if upper { 'E' } else { 'e' });
        let e = if digits.is_empty() { 0 } else { exp - 1 };
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
        out
    }

    fn fmt_f(digits: &[u8], exp: i64, prec: i64) -> String {
        let mut out = String::new();
        if exp > 0 {
            for i in 0..exp as usize {
                out.push(digits.get(i).map_or('0', |d| *d as char));
            }
        } else {
            out.push('0');
        }
        if prec > 0 {
            out.push('.');
            for i in 0..prec {
                let at = exp + i;
                let d = if at >= 0 {
                    digits.get(at as usize)
                } else {
                    None
                };
                out.push(d.map_or('0', |d| *d as char));
            }
        }
        out
    }

    /// Go's `big.Float.Text` of a number: `f`, `e`/`E` with a precision, `g`/`G` with a
    /// precision or (`None`) the shortest representation. Negative numbers get a `-`.
    pub fn float_text(mode: char, prec: Option<usize>, n: f64) -> Option<String> {
        if !n.is_finite() {
            return None;
        }
        let sign = if n < 0.0 { "-" } else { "" };
        let a = n.abs();
        let body = match mode {
            'f' => format!("{:.*}", prec?, a),
            'e' | 'E' => {
                let p = prec?;
                let (digits, exp) = decimal(a, Some(p + 1));
                fmt_e(&digits, exp, p as i64, mode == 'E')
            }
            _ => {
                let shortest = prec.is_none();
                let (digits, exp) = decimal(a, prec.map(|p| p.max(1)));
                let mut p = match prec {
                    Some(p) => p.max(1) as i64,
                    None => digits.len() as i64,
                };
                let mut eprec = p;
                if eprec > digits.len() as i64 && digits.len() as i64 >= exp {
                    eprec = digits.len() as i64;
                }
                if shortest {
                    eprec = 6;
                }
                let e = exp - 1;
                if e < -4 || e >= eprec {
                    if p > digits.len() as i64 {
                        p = digits.len() as i64;
                    }
                    fmt_e(&digits, exp, p - 1, mode == 'G')
                } else {
                    if p > exp {
                        p = digits.len() as i64;
                    }
                    fmt_f(&digits, exp, (p - exp).max(0))
                }
            }
        };
        Some(format!("{sign}{body}"))
    }
}

// ---------------------------------------------------------------------------------------------
// JSON, as Terraform encodes (Go's escaping, sorted keys) and strictly decodes it.

mod json {
    use std::collections::BTreeMap;

    use super::{MAX_NESTING, MAX_STRING, Value, format_number};

    /// Appends `x` as a JSON string, escaping `<`, `>`, `&`, U+2028 and U+2029 as Go does.
    pub fn quote(x: &str, out: &mut String) {
        out.push('"');
        for c in x.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                }
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }

    /// Appends the JSON encoding of a known value; `None` if anything is unknown or the result
    /// grows past [`MAX_STRING`].
    pub fn encode(v: &Value, out: &mut String, depth: usize) -> Option<()> {
        if depth > MAX_NESTING || out.len() > MAX_STRING {
            return None;
        }
        match v {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) if n.is_finite() => out.push_str(&format_number(*n)),
            Value::Number(_) | Value::Unknown => return None,
            Value::String(x) if x.len() > MAX_STRING => return None,
            Value::String(x) => quote(x, out),
            Value::List(l) => {
                out.push('[');
                for (i, x) in l.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    encode(x, out, depth + 1)?;
                }
                out.push(']');
            }
            Value::Map(m) => {
                out.push('{');
                for (i, (k, x)) in m.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    quote(k, out);
                    out.push(':');
                    encode(x, out, depth + 1)?;
                }
                out.push('}');
            }
        }
        Some(())
    }

    /// Decodes one JSON document; `None` for invalid JSON, duplicate object keys, numbers out
    /// of range, or nesting deeper than [`MAX_NESTING`].
    pub fn decode(x: &str) -> Option<Value> {
        let mut p = Parser {
            b: x.as_bytes(),
            i: 0,
        };
        let v = p.value(0)?;
        p.ws();
        (p.i == p.b.len()).then_some(v)
    }

    struct Parser<'a> {
        b: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.i += 1;
            }
        }

        fn eat(&mut self, lit: &str) -> Option<()> {
            self.b[self.i..].starts_with(lit.as_bytes()).then(|| {
                self.i += lit.len();
            })
        }

        fn value(&mut self, depth: usize) -> Option<Value> {
            if depth > MAX_NESTING {
                return None;
            }
            self.ws();
            match *self.b.get(self.i)? {
                b'n' => self.eat("null").map(|_| Value::Null),
                b't' => self.eat("true").map(|_| Value::Bool(true)),
                b'f' => self.eat("false").map(|_| Value::Bool(false)),
                b'"' => self.string().map(Value::String),
                b'[' => {
                    self.i += 1;
                    let mut out = Vec::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Some(Value::List(out));
                    }
                    loop {
                        out.push(self.value(depth + 1)?);
                        self.ws();
                        match self.b.get(self.i)? {
                            b',' => self.i += 1,
                            b']' => {
                                self.i += 1;
                                return Some(Value::List(out));
                            }
                            _ => return None,
                        }
                    }
                }
                b'{' => {
                    self.i += 1;
                    let mut out = BTreeMap::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Value::Map(out));
                    }
                    loop {
                        self.ws();
                        if self.b.get(self.i) != Some(&b'"') {
                            return None;
                        }
                        let k = self.string()?;
                        self.ws();
                        if self.b.get(self.i) != Some(&b':') {
                            return None;
                        }
                        self.i += 1;
                        let v = self.value(depth + 1)?;
                        if out.insert(k, v).is_some() {
                            return None;
                        }
                        self.ws();
                        match self.b.get(self.i)? {
                            b',' => self.i += 1,
                            b'}' => {
                                self.i += 1;
                                return Some(Value::Map(out));
                            }
                            _ => return None,
                        }
                    }
                }
                _ => self.number(),
            }
        }

        fn number(&mut self) -> Option<Value> {
            let start = self.i;
            let digits = |p: &mut Self| {
                let s = p.i;
                while p.b.get(p.i).is_some_and(u8::is_ascii_digit) {
                    p.i += 1;
                }
                p.i - s
            };
            if self.b.get(self.i) == Some(&b'-') {
                self.i += 1;
            }
            match self.b.get(self.i)? {
                b'0' => self.i += 1,
                b'1'..=b'9' => {
                    digits(self);
                }
                _ => return None,
            }
            if self.b.get(self.i) == Some(&b'.') {
                self.i += 1;
                if digits(self) == 0 {
                    return None;
                }
            }
            if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
                self.i += 1;
                if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                    self.i += 1;
                }
                if digits(self) == 0 {
                    return None;
                }
            }
            let text = std::str::from_utf8(&self.b[start..self.i]).ok()?;
            let n: f64 = text.parse().ok()?;
            n.is_finite().then_some(Value::Number(n))
        }

        fn hex4(&mut self) -> Option<u32> {
            let h = self.b.get(self.i..self.i + 4)?;
            let v = u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?;
            if !h.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            self.i += 4;
            Some(v)
        }

        fn string(&mut self) -> Option<String> {
            self.i += 1; // opening quote
            let mut out = String::new();
            loop {
                let start = self.i;
                while let Some(&c) = self.b.get(self.i) {
                    if c == b'"' || c == b'\\' || c < 0x20 {
                        break;
                    }
                    self.i += 1;
                }
                out.push_str(std::str::from_utf8(&self.b[start..self.i]).ok()?);
                match *self.b.get(self.i)? {
                    b'"' => {
                        self.i += 1;
                        return Some(out);
                    }
                    b'\\' => {
                        self.i += 1;
                        let e = *self.b.get(self.i)?;
                        self.i += 1;
                        match e {
                            b'"' => out.push('"'),
                            b'\\' => out.push('\\'),
                            b'/' => out.push('/'),
                            b'b' => out.push('\u{8}'),
                            b'f' => out.push('\u{c}'),
                            b'n' => out.push('\n'),
                            b'r' => out.push('\r'),
                            b't' => out.push('\t'),
                            b'u' => {
                                let hi = self.hex4()?;
                                let c = if (0xD800..0xDC00).contains(&hi)
                                    && self.b[self.i..].starts_with(b"\\u")
                                {
                                    let save = self.i;
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&lo) {
                                        char::from_u32(
                                            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00),
                                        )
                                    } else {
                                        self.i = save;
                                        None
                                    }
                                } else {
                                    char::from_u32(hi)
                                };
                                // Unpaired surrogates decode as the replacement character.
                                out.push(c.unwrap_or('\u{FFFD}'));
                            }
                            _ => return None,
                        }
                    }
                    _ => return None, // control character
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Base64 (standard alphabet, padded), decoding as leniently as Go: line breaks are ignored and
// unused trailing bits may be set.

mod b64 {
    use base64::Engine;
    use base64::engine::DecodePaddingMode;
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};

    pub fn encode(b: &[u8]) -> String {
        STANDARD.encode(b)
    }

    pub fn decode(x: &str) -> Option<Vec<u8>> {
        const LENIENT: GeneralPurpose = GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            GeneralPurposeConfig::new()
                .with_decode_allow_trailing_bits(true)
                .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
        );
        let cleaned: String = x.chars().filter(|c| *c != '\n' && *c != '\r').collect();
        LENIENT.decode(cleaned).ok()
    }
}

// ---------------------------------------------------------------------------------------------
// CSV, as Go's `encoding/csv` reads it with default settings.

mod csv {
    /// Parses records; `None` for a malformed quote or an empty document.
    pub fn parse(x: &str) -> Option<Vec<Vec<String>>> {
        // Go normalizes CRLF line endings to LF before parsing.
        let x = x.replace("\r\n", "\n");
        let b = x.as_bytes();
        let mut rows = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\n' {
                i += 1; // empty lines are skipped
                continue;
            }
            let mut row = Vec::new();
            loop {
                let mut field = String::new();
                if b.get(i) == Some(&b'"') {
                    i += 1;
                    loop {
                        let start = i;
                        while i < b.len() && b[i] != b'"' {
                            i += 1;
                        }
                        field.push_str(std::str::from_utf8(&b[start..i]).ok()?);
                        if i >= b.len() {
                            return None; // unterminated quote
                        }
                        i += 1;
                        if b.get(i) == Some(&b'"') {
                            field.push('"');
                            i += 1;
                            continue;
                        }
                        break;
                    }
                    if !matches!(b.get(i), None | Some(b',' | b'\n')) {
                        return None;
                    }
                } else {
                    let start = i;
                    while i < b.len() && b[i] != b',' && b[i] != b'\n' {
                        if b[i] == b'"' {
                            return None; // bare quote
                        }
                        i += 1;
                    }
                    field.push_str(std::str::from_utf8(&b[start..i]).ok()?);
                }
                row.push(field);
                match b.get(i) {
                    Some(b',') => i += 1,
                    Some(b'\n') => {
                        i += 1;
                        break;
                    }
                    _ => break,
                }
            }
            rows.push(row);
        }
        (!rows.is_empty()).then_some(rows)
    }
}

// ---------------------------------------------------------------------------------------------
// YAML, laid out as Terraform's `yamlencode` lays it out: block style, strings double-quoted
// (literal `|` blocks for multi-line strings where YAML allows them), keys sorted, long quoted
// strings folded at 80 columns.

mod yaml {
    use super::{MAX_NESTING, MAX_STRING, Value, format_number};

    const INDENT: i64 = 2;
    const WIDTH: usize = 80;

    pub fn encode(v: &Value) -> Option<String> {
        let mut e = Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
            open_ended: false,
        };
        e.node(
            v,
            Ctx {
                root: true,
                mapping: false,
                simple_key: false,
            },
            0,
        )?;
        e.write_indent();
        if e.open_ended {
            e.indicator("...", true, false, false);
            e.write_indent();
        }
        (e.out.len() <= MAX_STRING).then_some(e.out)
    }

    #[derive(Clone, Copy)]
    struct Ctx {
        root: bool,
        mapping: bool,
        simple_key: bool,
    }

    struct Emitter {
        out: String,
        column: usize,
        indent: i64,
        indents: Vec<i64>,
        whitespace: bool,
        indention: bool,
        open_ended: bool,
    }

    fn is_break(c: char) -> bool {
        matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
    }

    fn is_printable(c: char) -> bool {
        matches!(c as u32, 0x0A | 0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0xFFFD) && c != '\u{FEFF}'
    }

    /// What a string's content allows: whether it spans lines, and whether it may be written
    /// as a literal block (`|`), which cannot hold unprintable characters, a space before a
    /// line break, or a trailing space.
    struct Analysis {
        multiline: bool,
        block: bool,
    }

    fn analyze(x: &str) -> Analysis {
        let chars: Vec<char> = x.chars().collect();
        let mut a = Analysis {
            multiline: false,
            block: !x.is_empty(),
        };
        for (i, &c) in chars.iter().enumerate() {
            if !is_printable(c) || (c == ' ' && i + 1 == chars.len()) {
                a.block = false;
            }
            if is_break(c) {
                a.multiline = true;
                if i > 0 && chars[i - 1] == ' ' {
                    a.block = false;
                }
            }
        }
        a
    }

    impl Emitter {
        fn put(&mut self, c: char) {
            self.out.push(c);
            self.column += 1;
        }

        fn put_break(&mut self) {
            self.out.push('\n');
            self.column = 0;
        }

        fn write_indent(&mut self) {
            let indent = self.indent.max(0) as usize;
            if !self.indention
                || self.column > indent
                || (self.column == indent && !self.whitespace)
            {
                self.put_break();
            }
            while self.column < indent {
                self.put(' ');
            }
            self.whitespace = true;
            self.indention = true;
        }

        fn indicator(&mut self, text: &str, need_ws: bool, is_ws: bool, is_indention: bool) {
            if need_ws && !self.whitespace {
                self.put(' ');
            }
            for c in text.chars() {
                self.put(c);
            }
            self.whitespace = is_ws;
            self.indention = self.indention && is_indention;
            self.open_ended = false;
        }

        fn increase_indent(&mut self, flow: bool, indentless: bool) {
            self.indents.push(self.indent);
            if self.indent < 0 {
                self.indent = if flow { INDENT } else { 0 };
            } else if !indentless {
                self.indent += INDENT;
            }
        }

        fn pop_indent(&mut self) {
            self.indent = self.indents.pop().unwrap_or(-1);
        }

        fn node(&mut self, v: &Value, ctx: Ctx, depth: usize) -> Option<()> {
            if depth > MAX_NESTING || self.out.len() > MAX_STRING {
                return None;
            }
            match v {
                Value::Unknown => None,
                Value::Null => {
                    self.plain("null", ctx);
                    Some(())
                }
                Value::Bool(b) => {
                    self.plain(if *b { "true" } else { "false" }, ctx);
                    Some(())
                }
                Value::Number(n) if n.is_finite() => {
                    self.plain(&format_number(*n), ctx);
                    Some(())
                }
                Value::Number(_) => None,
                Value::String(x) if x.len() > MAX_STRING => None,
                Value::String(x) => {
                    self.string(x, ctx);
                    Some(())
                }
                Value::List(l) if l.is_empty() => {
                    self.empty_flow("[", "]");
                    Some(())
                }
                Value::Map(m) if m.is_empty() => {
                    self.empty_flow("{", "}");
                    Some(())
                }
                Value::List(l) => {
                    self.increase_indent(false, ctx.mapping && !self.indention);
                    for item in l {
                        self.write_indent();
                        self.indicator("-", true, false, true);
                        let ctx = Ctx {
                            root: false,
                            mapping: false,
                            simple_key: false,
                        };
                        self.node(item, ctx, depth + 1)?;
                    }
                    self.pop_indent();
                    Some(())
                }
                Value::Map(m) => {
                    self.increase_indent(false, false);
                    for (k, item) in m {
                        self.write_indent();
                        let a = analyze(k);
                        let key_ctx = |simple_key| Ctx {
                            root: false,
                            mapping: true,
                            simple_key,
                        };
                        if !a.multiline && k.len() <= 128 {
                            self.string(k, key_ctx(true));
                            self.indicator(":", false, false, false);
                        } else {
                            self.indicator("?", true, false, true);
                            self.string(k, key_ctx(false));
                            self.write_indent();
                            self.indicator(":", true, false, true);
                        }
                        self.node(item, key_ctx(false), depth + 1)?;
                    }
                    self.pop_indent();
                    Some(())
                }
            }
        }

        /// An empty collection, the only one written in flow style (`[]`, `{}`), so nothing is
        /// ever nested inside flow style.
        fn empty_flow(&mut self, open: &str, close: &str) {
            self.indicator(open, true, true, false);
            self.indicator(close, false, false, false);
        }

        /// A plain scalar (numbers, booleans and null, which never need quoting).
        fn plain(&mut self, x: &str, ctx: Ctx) {
            self.increase_indent(true, false);
            if !self.whitespace {
                self.put(' ');
            }
            for c in x.chars() {
                self.put(c);
            }
            self.whitespace = false;
            self.indention = false;
            if ctx.root {
                self.open_ended = true;
            }
            self.pop_indent();
        }

        fn string(&mut self, x: &str, ctx: Ctx) {
            let a = analyze(x);
            let literal = x.contains('\n') && a.block && !ctx.simple_key;
            self.increase_indent(true, false);
            if literal {
                self.literal(x);
            } else {
                self.double_quoted(x, !ctx.simple_key);
            }
            self.pop_indent();
        }

        fn double_quoted(&mut self, x: &str, allow_breaks: bool) {
            self.indicator("\"", true, false, false);
            let chars: Vec<char> = x.chars().collect();
            let mut spaces = false;
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if !is_printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                    self.put('\\');
                    match c {
                        '\0' => self.put('0'),
                        '\u{7}' => self.put('a'),
                        '\u{8}' => self.put('b'),
                        '\t' => self.put('t'),
                        '\n' => self.put('n'),
                        '\u{b}' => self.put('v'),
                        '\u{c}' => self.put('f'),
                        '\r' => self.put('r'),
                        '\u{1b}' => self.put('e'),
                        '"' => self.put('"'),
                        '\\' => self.put('\\'),
                        '\u{85}' => self.put('N'),
                        '\u{a0}' => self.put('_'),
                        '\u{2028}' => self.put('L'),
                        '\u{2029}' => self.put('P'),
                        c => {
                            let v = c as u32;
                            let (tag, w) = if v <= 0xFF {
                                ('x', 2)
                            } else if v <= 0xFFFF {
                                ('u', 4)
                            } else {
                                ('U', 8)
                            };
                            self.put(tag);
                            for ch in format!("{v:0w$X}").chars() {
                                self.put(ch);
                            }
                        }
                    }
                    spaces = false;
                } else if c == ' ' {
                    if allow_breaks
                        && !spaces
                        && self.column > WIDTH
                        && i > 0
                        && i + 1 < chars.len()
                    {
                        self.write_indent();
                        if chars.get(i + 1) == Some(&' ') {
                            self.put('\\');
                        }
                    } else {
                        self.put(c);
                    }
                    spaces = true;
                } else {
                    self.put(c);
                    spaces = false;
                }
                i += 1;
            }
            self.indicator("\"", false, false, false);
            self.whitespace = false;
            self.indention = false;
        }

        fn literal(&mut self, x: &str) {
            self.indicator("|", true, false, false);
            let chars: Vec<char> = x.chars().collect();
            if chars.first().is_some_and(|c| *c == ' ' || is_break(*c)) {
                self.indicator(&INDENT.to_string(), false, false, false);
            }
            self.open_ended = false;
            let chomp = match chars.as_slice() {
                [] => Some("-"),
                [.., last] if !is_break(*last) => Some("-"),
                [_] => Some("+"),
                [.., prev, _] if is_break(*prev) => Some("+"),
                _ => None,
            };
            if let Some(h) = chomp {
                self.indicator(h, false, false, false);
                if h == "+" {
                    self.open_ended = true;
                }
            }
            self.put_break();
            self.indention = true;
            self.whitespace = true;
            let mut breaks = true;
            for &c in &chars {
                if is_break(c) {
                    if c == '\n' {
                        self.put_break();
                    } else {
                        self.out.push(c);
                        self.column = 0;
                    }
                    self.indention = true;
                    breaks = true;
                } else {
                    if breaks {
                        self.write_indent();
                    }
                    self.put(c);
                    self.indention = false;
                    breaks = false;
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// IP address prefixes, IPv4 and IPv6, as Terraform's `cidr*` functions compute them.

mod cidr {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::{MAX_COLLECTION, Value};

    /// A network: its address (with host bits cleared), prefix length and address width.
    #[derive(Clone, Copy)]
    struct Net {
        ip: u128,
        len: u32,
        bits: u32,
    }

    fn mask(len: u32, bits: u32) -> u128 {
        if len == 0 {
            0
        } else {
            (u128::MAX >> (128 - len)) << (bits - len)
        }
    }

    fn all_ones(bits: u32) -> u128 {
        if bits == 0 {
            0
        } else {
            u128::MAX >> (128 - bits)
        }
    }

    /// Decimal digits, leading zeros allowed.
    fn decimal(x: &str) -> Option<u32> {
        if x.is_empty() || x.len() > 9 || !x.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        x.parse().ok()
    }

    fn parse_v4(x: &str) -> Option<u32> {
        let mut out = 0u32;
        let mut parts = 0;
        for p in x.split('.') {
            let n = decimal(p)?;
            if n > 255 {
                return None;
            }
            out = (out << 8) | n;
            parts += 1;
        }
        (parts == 4).then_some(out)
    }

    fn parse(prefix: &str) -> Option<Net> {
        let (addr, len) = prefix.split_once('/')?;
        let (ip, bits) = match parse_v4(addr) {
            Some(ip) => (u128::from(ip), 32),
            None => {
                let ip: Ipv6Addr = addr.parse().ok()?;
                // IPv4-mapped IPv6 prefixes are formatted inconsistently by Terraform.
                if ip.to_ipv4_mapped().is_some() {
                    return None;
                }
                (u128::from(ip), 128)
            }
        };
        let len = decimal(len)?;
        if len > bits {
            return None;
        }
        Some(Net {
            ip: ip & mask(len, bits),
            len,
            bits,
        })
    }

    fn format_ip(ip: u128, bits: u32) -> String {
        if bits == 32 {
            return Ipv4Addr::from(ip as u32).to_string();
        }
        let a = Ipv6Addr::from(ip);
        match a.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => a.to_string(),
        }
    }

    fn format_net(n: Net) -> Option<Value> {
        if n.bits == 128 && Ipv6Addr::from(n.ip).to_ipv4_mapped().is_some() {
            return None;
        }
        Some(Value::String(format!(
            "{}/{}",
            format_ip(n.ip, n.bits),
            n.len
        )))
    }

    /// A whole number as a 128-bit integer.
    fn whole(n: f64) -> Option<i128> {
        (n.fract() == 0.0 && n.abs() < 1.7e38).then_some(n as i128)
    }

    /// `cidrhost`: the address numbered `host` in the prefix; negative numbers count back from
    /// the last address.
    pub fn host(prefix: &str, host: f64) -> Option<Value> {
        let net = parse(prefix)?;
        let host = whole(host)?;
        let max = all_ones(net.bits - net.len);
        let host = if host < 0 {
            let back = host.unsigned_abs() - 1;
            max.checked_sub(back)?
        } else {
            host as u128
        };
        if host > max {
            return None;
        }
        Some(Value::String(format_ip(net.ip | host, net.bits)))
    }

    /// `cidrnetmask`: the IPv4 subnet mask of a prefix.
    pub fn netmask(prefix: &str) -> Option<Value> {
        let net = parse(prefix)?;
        (net.bits == 32).then(|| Value::String(format_ip(mask(net.len, 32), 32)))
    }

    /// `cidrsubnet`: the subnet numbered `netnum` after extending the prefix by `newbits`.
    pub fn subnet(prefix: &str, newbits: i64, netnum: f64) -> Option<Value> {
        let net = parse(prefix)?;
        let newbits = u32::try_from(newbits).ok()?;
        let len = net.len.checked_add(newbits)?;
        if len > net.bits {
            return None;
        }
        let netnum = u128::try_from(whole(netnum)?).ok()?;
        if newbits < 128 && netnum >> newbits != 0 {
            return None;
        }
        let ip = if newbits == 0 {
            net.ip
        } else {
            net.ip | (netnum << (net.bits - len))
        };
        format_net(Net {
            ip,
            len,
            bits: net.bits,
        })
    }

    /// `cidrsubnets`: consecutive subnets of the given extra prefix lengths, each aligned to its
    /// size and allocated after the previous one.
    pub fn subnets(prefix: &str, newbits: &[i64]) -> Option<Value> {
        let net = parse(prefix)?;
        if newbits.len() > MAX_COLLECTION {
            return None;
        }
        let width = all_ones(net.bits);
        let lens: Vec<u32> = newbits
            .iter()
            .map(|&b| {
                let b = u32::try_from(b).ok().filter(|b| (1..=32).contains(b))?;
                let len = net.len + b;
                (len <= net.bits).then_some(len)
            })
            .collect::<Option<_>>()?;
        let Some(&first) = lens.first() else {
            return Some(Value::List(Vec::new()));
        };
        // Start from the subnet just before the prefix, so that the first step lands on it.
        let mut current = Net {
            ip: net.ip.wrapping_sub(1) & width & mask(first, net.bits),
            len: first,
            bits: net.bits,
        };
        let mut out = Vec::with_capacity(lens.len());
        for len in lens {
            let last = current.ip | (!mask(current.len, net.bits) & width);
            let aligned = last & mask(len, net.bits);
            let end = aligned | (!mask(len, net.bits) & width);
            let after = end.wrapping_add(1) & width;
            let next = after & mask(len, net.bits);
            if after == 0 || next & mask(net.len, net.bits) != net.ip {
                return None;
            }
            current = Net {
                ip: next,
                len,
                bits: net.bits,
            };
            out.push(format_net(current)?);
        }
        Some(Value::List(out))
    }
}

/// `yamldecode`: the first document of a YAML stream, through the same YAML front end the
/// Kubernetes and CloudFormation readers use (tags are ignored; errors are unknown).
fn yamldecode(text: &str) -> Option<Value> {
    use crate::syntax::yaml::{YamlKind, YamlNode};
    fn conv(y: &YamlNode) -> Value {
        match &y.kind {
            YamlKind::Null => Value::Null,
            YamlKind::Bool(b) => Value::Bool(*b),
            YamlKind::Number(n) => Value::Number(*n),
            YamlKind::String(s) => Value::String(s.clone()),
            YamlKind::Seq(items) => Value::List(items.iter().map(conv).collect()),
            YamlKind::Map(entries) => Value::Map(
                entries
                    .iter()
                    .map(|e| (e.key.clone(), conv(&e.value)))
                    .collect(),
            ),
        }
    }
    if text.len() > MAX_STRING {
        return None;
    }
    let (docs, problems) = crate::syntax::yaml::parse(crate::source::FileId(0), text);
    if !problems.is_empty() {
        return None;
    }
    match docs.as_slice() {
        [] => Some(Value::Null),
        [d] => Some(conv(&d.root)),
        _ => None,
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

    #[test]
    fn go_number_formatting() {
        let g = |n| gofmt::float_text('g', None, n).unwrap();
        assert_eq!(g(1000.0), "1000");
        assert_eq!(g(1e6), "1e+06");
        assert_eq!(g(0.0001), "0.0001");
        assert_eq!(g(0.00001), "1e-05");
        assert_eq!(g(0.0), "0");
        assert_eq!(g(-2.5), "-2.5");
        assert_eq!(
            gofmt::float_text('e', Some(6), 1000.0).unwrap(),
            "1.000000e+03"
        );
        assert_eq!(gofmt::float_text('g', Some(3), 1234.5).unwrap(), "1.23e+03");
    }

    #[test]
    fn hostile_sizes_are_bounded() {
        assert_eq!(call("range", &[Value::Number(1e9)], ""), Value::Unknown);
        assert_eq!(
            call("format", &[st("%999999999d"), Value::Number(1.0)], ""),
            Value::Unknown
        );
        let big = st(&"x".repeat(MAX_STRING / 2 + 1));
        assert_eq!(
            call("join", &[st(""), Value::List(vec![big.clone(), big])], ""),
            Value::Unknown
        );
    }
}
