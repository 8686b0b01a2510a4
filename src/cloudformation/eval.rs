//! Evaluation of a CloudFormation template: parameters, mappings, conditions, pseudo
//! parameters and every intrinsic function, into graph nodes that keep their spans.
//!
//! Anything that cannot be known statically (a pseudo parameter, an attribute computed at
//! deployment, an imported value) is unknown. A condition that depends on an unknown is
//! unknown; `Fn::If` on it is unknown here, and [`Eval::with_overrides`] evaluates again with
//! one such condition fixed, so that every branch can be checked without evaluating every
//! combination of conditions (cost stays linear in the template).

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use crate::diagnostics::Problem;
use crate::graph::{Entry, Node, NodeValue};
use crate::source::Span;
use crate::syntax::yaml::{YamlKind, YamlNode};

const MAX_DEPTH: u32 = 128;

/// The parts of a template that intrinsic functions refer to.
pub struct Template<'a> {
    pub parameters: HashMap<String, Node>,
    pub mappings: Option<&'a YamlNode>,
    pub conditions: HashMap<&'a str, &'a YamlNode>,
    pub resources: HashMap<&'a str, &'a YamlNode>,
}

impl<'a> Template<'a> {
    /// Reads a template's sections. `given` are parameter values from outside (a parameters
    /// file), which win over `Default`s; pseudo parameters such as `AWS::Region` may be given
    /// too.
    pub fn new(root: &'a YamlNode, given: &HashMap<String, String>) -> Template<'a> {
        let mut parameters = HashMap::new();
        for p in root
            .get("Parameters")
            .map(YamlNode::entries)
            .unwrap_or_default()
        {
            let ty = p
                .value
                .get("Type")
                .and_then(YamlNode::as_str)
                .unwrap_or("String");
            let node = match given.get(&p.key) {
                Some(v) => typed(
                    Node {
                        value: NodeValue::String(v.clone()),
                        span: p.key_span,
                    },
                    ty,
                ),
                None => match p.value.get("Default") {
                    Some(d) => typed(scalar_node(d), ty),
                    None => Node::unknown(p.key_span),
                },
            };
            parameters.insert(p.key.clone(), node);
        }
        for (k, v) in given {
            if k.starts_with("AWS::") {
                parameters.insert(
                    k.clone(),
                    Node {
                        value: NodeValue::String(v.clone()),
                        span: Span::default(),
                    },
                );
            }
        }
        Template {
            parameters,
            mappings: root.get("Mappings"),
            conditions: root
                .get("Conditions")
                .map(|c| {
                    c.entries()
                        .iter()
                        .map(|e| (e.key.as_str(), &e.value))
                        .collect()
                })
                .unwrap_or_default(),
            resources: root
                .get("Resources")
                .map(|c| {
                    c.entries()
                        .iter()
                        .map(|e| (e.key.as_str(), &e.value))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// Applies a parameter's type: numbers for `Number`, lists for `CommaDelimitedList` and
/// `List<...>`.
fn typed(n: Node, ty: &str) -> Node {
    let Some(s) = n.as_str().map(str::to_string) else {
        return n;
    };
    if ty == "Number" {
        if let Ok(x) = s.trim().parse::<f64>() {
            return Node {
                value: NodeValue::Number(x),
                span: n.span,
            };
        }
    } else if ty == "CommaDelimitedList" || ty.starts_with("List<") {
        return Node {
            value: NodeValue::List(
                s.split(',')
                    .map(|p| Node {
                        value: NodeValue::String(p.trim().to_string()),
                        span: n.span,
                    })
                    .collect(),
            ),
            span: n.span,
        };
    }
    n
}

fn scalar_node(y: &YamlNode) -> Node {
    let value = match &y.kind {
        YamlKind::Null => NodeValue::Null,
        YamlKind::Bool(b) => NodeValue::Bool(*b),
        YamlKind::Number(n) => NodeValue::Number(*n),
        YamlKind::String(s) => NodeValue::String(s.clone()),
        YamlKind::Seq(items) => NodeValue::List(items.iter().map(scalar_node).collect()),
        YamlKind::Map(entries) => NodeValue::Map(
            entries
                .iter()
                .map(|e| Entry {
                    key: e.key.clone(),
                    key_span: e.key_span,
                    node: scalar_node(&e.value),
                })
                .collect(),
        ),
    };
    Node {
        value,
        span: y.span,
    }
}

/// The intrinsic function a node calls, if any: its name (`Ref`, `Fn::Sub`, `Condition`) and
/// argument. Short forms (`!Sub`) and long forms (`{"Fn::Sub": ...}`) alike.
pub fn intrinsic(y: &YamlNode) -> Option<(String, IntrinsicArg<'_>)> {
    if let Some(tag) = &y.tag {
        let name = match tag.as_str() {
            "Ref" | "Condition" => tag.clone(),
            t => format!("Fn::{t}"),
        };
        return Some((name, IntrinsicArg::Tagged(y)));
    }
    if let YamlKind::Map(entries) = &y.kind
        && let [e] = entries.as_slice()
        && (e.key == "Ref" || e.key == "Condition" || e.key.starts_with("Fn::"))
    {
        return Some((e.key.clone(), IntrinsicArg::Node(&e.value)));
    }
    None
}

/// The argument of an intrinsic: a separate node (long form) or the tagged node itself.
#[derive(Clone, Copy)]
pub enum IntrinsicArg<'a> {
    Node(&'a YamlNode),
    Tagged(&'a YamlNode),
}

impl<'a> IntrinsicArg<'a> {
    pub fn kind(&self) -> &'a YamlKind {
        match self {
            IntrinsicArg::Node(n) | IntrinsicArg::Tagged(n) => &n.kind,
        }
    }

    pub fn span(&self) -> Span {
        match self {
            IntrinsicArg::Node(n) | IntrinsicArg::Tagged(n) => n.span,
        }
    }

    pub fn items(&self) -> &'a [YamlNode] {
        match self.kind() {
            YamlKind::Seq(i) => i,
            _ => &[],
        }
    }

    pub fn as_str(&self) -> Option<&'a str> {
        match self.kind() {
            YamlKind::String(s) => Some(s),
            _ => None,
        }
    }

    /// The argument as a plain node (the tag dropped for the short form).
    pub fn node(&self) -> YamlNode {
        match self {
            IntrinsicArg::Node(n) => (*n).clone(),
            IntrinsicArg::Tagged(n) => YamlNode {
                kind: n.kind.clone(),
                span: n.span,
                tag: None,
            },
        }
    }
}

/// A reference from a property to another resource: the span of the `Ref`/`GetAtt`/`Sub`,
/// the logical id it names and, for `Fn::GetAtt` (and `${Resource.Attribute}` in `Fn::Sub`),
/// the attribute (`DefaultSecurityGroup`, `Endpoint.Address`). `conditional` when it was
/// made in a branch of an `Fn::If` whose condition is unknown: the value may not hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub span: Span,
    pub target: String,
    pub attribute: Option<String>,
    pub conditional: bool,
}

impl Reference {
    pub fn new(span: Span, target: &str, attribute: Option<&str>) -> Reference {
        Reference {
            span,
            target: target.to_string(),
            attribute: attribute.map(str::to_string),
            conditional: false,
        }
    }
}

/// Evaluates values of one template.
pub struct Eval<'t, 'a> {
    pub t: &'t Template<'a>,
    overrides: HashMap<String, bool>,
    conds: RefCell<HashMap<String, Option<bool>>>,
    cond_stack: RefCell<Vec<String>>,
    /// Conditions that were unknown where they decided a value.
    pub unknown_conditions: RefCell<BTreeSet<String>>,
    pub references: RefCell<Vec<Reference>>,
    /// Where parameter values used by properties were set: (use, origin, message).
    pub origins: RefCell<Vec<(Span, Span, String)>>,
    pub problems: RefCell<Vec<Problem>>,
    depth: RefCell<u32>,
    /// How many branches of `Fn::If` on unknown conditions are being evaluated.
    in_unknown_branch: std::cell::Cell<u32>,
    /// The text of `Fn::Sub` and `Fn::Join` results that are unknown only in part, by span:
    /// known parts as they are, each unknown part as [`UNKNOWN_PART`].
    texts: RefCell<HashMap<Span, String>>,
    /// `Fn::Base64` of a partly known text (user data, mostly), by the span of the unknown
    /// node it evaluated to: the encoded text where every whitespace-separated word holding an
    /// unknown part is written `${unknown}` (a value filled in later, never a literal).
    pub partials: RefCell<Vec<(Span, crate::value::Value)>>,
}

/// Stands for an unknown part in the text of a partly known string.
const UNKNOWN_PART: char = '\u{1}';

impl<'t, 'a> Eval<'t, 'a> {
    pub fn new(t: &'t Template<'a>) -> Eval<'t, 'a> {
        Eval::with_overrides(t, HashMap::new())
    }

    /// An evaluator where some conditions are fixed to a value.
    pub fn with_overrides(t: &'t Template<'a>, overrides: HashMap<String, bool>) -> Eval<'t, 'a> {
        Eval {
            t,
            overrides,
            conds: RefCell::default(),
            cond_stack: RefCell::default(),
            unknown_conditions: RefCell::default(),
            references: RefCell::default(),
            origins: RefCell::default(),
            problems: RefCell::default(),
            depth: RefCell::new(0),
            in_unknown_branch: std::cell::Cell::new(0),
            texts: RefCell::default(),
            partials: RefCell::default(),
        }
    }

    /// The partly known text an unknown `Fn::Sub` or `Fn::Join` at `span` evaluated to.
    fn text_of(&self, span: Span) -> Option<String> {
        self.texts.borrow().get(&span).cloned()
    }

    /// Forgets the partly known values of the previous resource.
    pub fn clear_partials(&self) {
        self.texts.borrow_mut().clear();
        self.partials.borrow_mut().clear();
    }

    /// Records a reference to a resource (see [`Reference`]).
    fn note_reference(&self, span: Span, target: &str, attribute: Option<&str>) {
        let mut r = Reference::new(span, target, attribute);
        r.conditional = self.in_unknown_branch.get() > 0;
        self.references.borrow_mut().push(r);
    }

    fn error(&self, span: Span, msg: impl Into<String>) {
        self.problems.borrow_mut().push(Problem::error(span, msg));
    }

    /// Evaluates a value. `None` means `AWS::NoValue`: the property is removed.
    pub fn value(&self, y: &YamlNode) -> Option<Node> {
        {
            let mut d = self.depth.borrow_mut();
            if *d >= MAX_DEPTH {
                return Some(Node::unknown(y.span));
            }
            *d += 1;
        }
        let v = self.value_inner(y);
        *self.depth.borrow_mut() -= 1;
        v
    }

    fn value_inner(&self, y: &YamlNode) -> Option<Node> {
        if let Some((name, arg)) = intrinsic(y) {
            return self.call(&name, arg, y.span);
        }
        let value = match &y.kind {
            YamlKind::Seq(items) => {
                NodeValue::List(items.iter().filter_map(|i| self.value(i)).collect())
            }
            YamlKind::Map(entries) => NodeValue::Map(
                entries
                    .iter()
                    .filter_map(|e| {
                        Some(Entry {
                            key: e.key.clone(),
                            key_span: e.key_span,
                            node: self.value(&e.value)?,
                        })
                    })
                    .collect(),
            ),
            _ => return Some(scalar_node(y)),
        };
        Some(Node {
            value,
            span: y.span,
        })
    }

    fn unknown(span: Span) -> Option<Node> {
        Some(Node::unknown(span))
    }

    fn string(s: String, span: Span) -> Option<Node> {
        Some(Node {
            value: NodeValue::String(s),
            span,
        })
    }

    fn call(&self, name: &str, arg: IntrinsicArg, span: Span) -> Option<Node> {
        match name {
            "Ref" => {
                let Some(target) = arg.as_str() else {
                    self.error(span, "Ref needs the name of a parameter or resource");
                    return Self::unknown(span);
                };
                self.reference(target, span)
            }
            "Fn::GetAtt" => {
                // `Resource.Attribute` (the attribute may hold dots) or `[Resource, Attribute]`
                // (the attribute may be computed, then it is not known).
                let (target, attribute) = match arg.kind() {
                    YamlKind::String(s) => match s.split_once('.') {
                        Some((t, a)) => (Some(t.to_string()), Some(a.to_string())),
                        None => (Some(s.clone()), None),
                    },
                    YamlKind::Seq(items) => (
                        items.first().and_then(|i| i.as_str()).map(str::to_string),
                        items.get(1).and_then(|i| i.as_str()).map(str::to_string),
                    ),
                    _ => (None, None),
                };
                match target {
                    Some(t) if self.t.resources.contains_key(t.as_str()) => {
                        self.note_reference(span, &t, attribute.as_deref());
                    }
                    Some(t) => self.error(span, format!("Fn::GetAtt names no resource \"{t}\"")),
                    None => self.error(span, "malformed Fn::GetAtt"),
                }
                Self::unknown(span)
            }
            "Fn::Sub" => self.sub(arg, span),
            "Fn::Join" => {
                let items = arg.items();
                let [delim, list] = items else {
                    self.error(span, "Fn::Join takes [delimiter, list]");
                    return Self::unknown(span);
                };
                let delim = delim.as_str().unwrap_or("");
                let list = self.value(list)?;
                let Some(parts) = list.as_list() else {
                    return Self::unknown(span);
                };
                let mut out = Vec::new();
                let mut known = true;
                for p in parts {
                    match scalar_string(p) {
                        Some(s) => out.push(s),
                        None if p.is_unknown() => {
                            known = false;
                            out.push(
                                self.text_of(p.span)
                                    .unwrap_or_else(|| UNKNOWN_PART.to_string()),
                            );
                        }
                        None => return Self::unknown(span),
                    }
                }
                if known {
                    Self::string(out.join(delim), span)
                } else {
                    self.texts.borrow_mut().insert(span, out.join(delim));
                    Self::unknown(span)
                }
            }
            "Fn::Select" => {
                let [idx, list] = arg.items() else {
                    self.error(span, "Fn::Select takes [index, list]");
                    return Self::unknown(span);
                };
                let idx = self.value(idx)?.as_number();
                let list = self.value(list)?;
                match (idx, list.as_list()) {
                    (Some(i), Some(l)) if i >= 0.0 && (i as usize) < l.len() => {
                        Some(l[i as usize].clone())
                    }
                    _ => Self::unknown(span),
                }
            }
            "Fn::Split" => {
                let [delim, s] = arg.items() else {
                    self.error(span, "Fn::Split takes [delimiter, string]");
                    return Self::unknown(span);
                };
                let delim = delim.as_str().unwrap_or("");
                match (self.value(s)?.as_str(), delim.is_empty()) {
                    (Some(s), false) => Some(Node {
                        value: NodeValue::List(
                            s.split(delim)
                                .map(|p| Node {
                                    value: NodeValue::String(p.to_string()),
                                    span,
                                })
                                .collect(),
                        ),
                        span,
                    }),
                    _ => Self::unknown(span),
                }
            }
            "Fn::FindInMap" => {
                let items = arg.items();
                if items.len() < 3 {
                    self.error(
                        span,
                        "Fn::FindInMap takes [map, top-level key, second-level key]",
                    );
                    return Self::unknown(span);
                }
                let keys: Vec<Option<String>> = items[..3]
                    .iter()
                    .map(|k| self.value(k).and_then(|n| scalar_string(&n)))
                    .collect();
                let default = items.get(3).and_then(|d| d.get("DefaultValue"));
                let (Some(m), Some(k1), Some(k2)) = (&keys[0], &keys[1], &keys[2]) else {
                    return Self::unknown(span);
                };
                let found = self
                    .t
                    .mappings
                    .and_then(|ms| ms.get(m))
                    .and_then(|mm| mm.get(k1))
                    .and_then(|e| e.get(k2));
                match (found, default) {
                    (Some(v), _) => self.value(v).map(|mut n| {
                        n.span = span;
                        n
                    }),
                    (None, Some(d)) => self.value(d),
                    (None, None) => {
                        self.error(span, format!("Fn::FindInMap: no {m}/{k1}/{k2} in Mappings"));
                        Self::unknown(span)
                    }
                }
            }
            "Fn::Base64" => {
                let v = self.value(&arg.node())?;
                match v.as_str() {
                    Some(s) => Self::string(base64(s.as_bytes()), span),
                    None => {
                        if v.is_unknown()
                            && let Some(text) = self.text_of(v.span)
                        {
                            let text = mark_unknown_words(&text);
                            self.partials
                                .borrow_mut()
                                .push((span, crate::value::Value::String(base64(text.as_bytes()))));
                        }
                        Self::unknown(span)
                    }
                }
            }
            "Fn::If" => {
                let [cond, a, b] = arg.items() else {
                    self.error(
                        span,
                        "Fn::If takes [condition, value if true, value if false]",
                    );
                    return Self::unknown(span);
                };
                // The condition is a name; some templates inline a condition expression.
                let (value, name) = match cond.as_str() {
                    Some(c) => (self.condition(c, span), c.to_string()),
                    None if intrinsic(cond).is_some() => (self.cond_of(cond), String::new()),
                    None => {
                        self.error(span, "Fn::If needs a condition name");
                        return Self::unknown(span);
                    }
                };
                match value {
                    Some(true) => self.value(a),
                    Some(false) => self.value(b),
                    None => {
                        if !name.is_empty() {
                            self.unknown_conditions.borrow_mut().insert(name);
                        }
                        // Evaluate both branches for their references.
                        self.in_unknown_branch.set(self.in_unknown_branch.get() + 1);
                        let _ = (self.value(a), self.value(b));
                        self.in_unknown_branch
                            .set(self.in_unknown_branch.get().saturating_sub(1));
                        Self::unknown(span)
                    }
                }
            }
            "Fn::Equals" | "Fn::And" | "Fn::Or" | "Fn::Not" | "Condition" => {
                match self.condition_value(name, arg, span) {
                    Some(b) => Some(Node {
                        value: NodeValue::Bool(b),
                        span,
                    }),
                    None => Self::unknown(span),
                }
            }
            "Fn::Transform" => {
                self.problems.borrow_mut().push(Problem::notice(
                    span,
                    "Fn::Transform (a macro) is applied at deployment; its result is not known here",
                ));
                Self::unknown(span)
            }
            // Known at deployment only.
            "Fn::ImportValue" | "Fn::GetAZs" | "Fn::Cidr" | "Fn::Length" | "Fn::ToJsonString"
            | "Fn::ForEach" => {
                let _ = self.value(&arg.node());
                Self::unknown(span)
            }
            other => {
                self.error(span, format!("unknown intrinsic function {other}"));
                Self::unknown(span)
            }
        }
    }

    fn reference(&self, target: &str, span: Span) -> Option<Node> {
        if target == "AWS::NoValue" {
            return None;
        }
        if let Some(p) = self.t.parameters.get(target) {
            if !p.is_unknown() && p.span != Span::default() {
                self.origins.borrow_mut().push((
                    span,
                    p.span,
                    format!("the value of parameter {target} is set here"),
                ));
            }
            let mut n = p.clone();
            relocate(&mut n, span);
            return Some(n);
        }
        if target.starts_with("AWS::") {
            return Self::unknown(span);
        }
        if self.t.resources.contains_key(target) {
            self.note_reference(span, target, None);
            return Self::unknown(span);
        }
        self.error(
            span,
            format!("Ref names no parameter or resource \"{target}\""),
        );
        Self::unknown(span)
    }

    /// `Fn::Sub`: `${Name}`, `${Resource.Attribute}`, `${!Literal}`, with an optional map of
    /// variables.
    fn sub(&self, arg: IntrinsicArg, span: Span) -> Option<Node> {
        let (text, vars): (Option<&str>, Option<&YamlNode>) = match arg.kind() {
            YamlKind::String(s) => (Some(s.as_str()), None),
            YamlKind::Seq(items) => match items.as_slice() {
                [t, v] => (t.as_str(), Some(v)),
                [t] => (t.as_str(), None),
                _ => (None, None),
            },
            _ => (None, None),
        };
        let Some(text) = text else {
            self.error(span, "Fn::Sub takes a string or [string, variables]");
            return Self::unknown(span);
        };
        let mut out = String::new();
        let mut known = true;
        let mut rest = text;
        while let Some(i) = rest.find("${") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 2..];
            let Some(end) = after.find('}') else {
                out.push_str(&rest[i..]);
                rest = "";
                break;
            };
            let name = after[..end].trim();
            rest = &after[end + 1..];
            if let Some(lit) = name.strip_prefix('!') {
                out.push_str("${");
                out.push_str(lit);
                out.push('}');
                continue;
            }
            let v = if let Some(var) = vars.and_then(|m| m.get(name)) {
                self.value(var)
            } else if let Some((res, attribute)) = name.split_once('.') {
                if self.t.resources.contains_key(res) {
                    self.note_reference(span, res, Some(attribute));
                }
                Self::unknown(span)
            } else {
                self.reference(name, span)
            };
            match v.as_ref().and_then(scalar_string) {
                Some(s) => out.push_str(&s),
                None => {
                    known = false;
                    out.push(UNKNOWN_PART);
                }
            }
        }
        out.push_str(rest);
        if known {
            Self::string(out, span)
        } else {
            self.texts.borrow_mut().insert(span, out);
            Self::unknown(span)
        }
    }

    /// The value of a named condition.
    pub fn condition(&self, name: &str, span: Span) -> Option<bool> {
        if let Some(v) = self.overrides.get(name) {
            return Some(*v);
        }
        if let Some(v) = self.conds.borrow().get(name) {
            return *v;
        }
        if self.cond_stack.borrow().iter().any(|c| c == name) {
            self.error(span, format!("condition {name} refers to itself"));
            return None;
        }
        let Some(def) = self.t.conditions.get(name).copied() else {
            self.error(span, format!("no condition named \"{name}\""));
            return None;
        };
        self.cond_stack.borrow_mut().push(name.to_string());
        let v = match intrinsic(def) {
            Some((fname, arg)) => self.condition_value(&fname, arg, def.span),
            None => self.value(def).and_then(|n| n.as_bool()),
        };
        self.cond_stack.borrow_mut().pop();
        self.conds.borrow_mut().insert(name.to_string(), v);
        v
    }

    fn cond_of(&self, y: &YamlNode) -> Option<bool> {
        match intrinsic(y) {
            Some((name, arg)) => self.condition_value(&name, arg, y.span),
            None => self.value(y).and_then(|n| n.as_bool()),
        }
    }

    fn condition_value(&self, name: &str, arg: IntrinsicArg, span: Span) -> Option<bool> {
        match name {
            "Condition" => self.condition(arg.as_str()?, span),
            "Fn::Equals" => {
                let [a, b] = arg.items() else {
                    self.error(span, "Fn::Equals takes two values");
                    return None;
                };
                let (a, b) = (self.value(a)?, self.value(b)?);
                if a.is_unknown() || b.is_unknown() {
                    return None;
                }
                match (scalar_string(&a), scalar_string(&b)) {
                    (Some(x), Some(y)) => Some(x == y),
                    _ => Some(a.to_value() == b.to_value()),
                }
            }
            "Fn::Not" => self.cond_of(arg.items().first()?).map(|b| !b),
            "Fn::And" | "Fn::Or" => {
                let want = name == "Fn::Or";
                let mut unknown = false;
                for c in arg.items() {
                    match self.cond_of(c) {
                        Some(v) if v == want => return Some(want),
                        Some(_) => {}
                        None => unknown = true,
                    }
                }
                if unknown { None } else { Some(!want) }
            }
            "Fn::If" => {
                let v = self.call(name, arg, span)?;
                v.as_bool()
            }
            _ => self.value(&arg.node()).and_then(|n| n.as_bool()),
        }
    }
}

/// Gives a value taken from elsewhere (a parameter default) the span where it is used.
fn relocate(n: &mut Node, span: Span) {
    n.span = span;
    match &mut n.value {
        NodeValue::List(l) => l.iter_mut().for_each(|x| relocate(x, span)),
        NodeValue::Map(m) => m.iter_mut().for_each(|e| {
            e.key_span = span;
            relocate(&mut e.node, span)
        }),
        _ => {}
    }
}

/// A scalar as CloudFormation turns it into a string.
pub fn scalar_string(n: &Node) -> Option<String> {
    match &n.value {
        NodeValue::String(s) => Some(s.clone()),
        NodeValue::Number(x) => Some(crate::value::format_number(*x)),
        NodeValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A partly known text with each whitespace-separated word that holds an unknown part
/// written `${unknown}`: a word half known (`--password=abc${Suffix}`) is not a literal.
fn mark_unknown_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.contains(UNKNOWN_PART) {
            out.push_str("${unknown}");
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foobar"), "Zm9vYmFy");
    }
}
