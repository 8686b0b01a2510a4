//! Lowering: a Terraform module (one directory's files) into the shared resource graph.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::ast::*;
use super::eval::{Bindings, Evaluator, Instances, ModuleScope, count_value, each_value};
use crate::diagnostics::Problem;
use crate::graph::{Edge, Entry, Framework, Graph, Mode, Node, NodeValue, Resource, ResourceId};
use crate::source::{FileId, Span};
use crate::value::Value;

/// One parsed file of a module.
pub struct ModuleFile {
    pub file: FileId,
    pub body: Body,
}

/// Values given to a module's input variables from outside (var files, `--var`, a caller).
pub type Inputs = HashMap<String, Value>;

/// Evaluates a module and lowers its resources into `graph`.
pub fn lower_module(
    unit: &str,
    module_path: &str,
    files: &[ModuleFile],
    inputs: &Inputs,
    graph: &mut Graph,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut scope = ModuleScope {
        module_dir: unit.to_string(),
        ..ModuleScope::default()
    };
    let mut resource_blocks: Vec<(Mode, &Block, FileId)> = Vec::new();
    let empty = Evaluator::new(ModuleScope::default());
    for f in files {
        for blk in &f.body.blocks {
            match (blk.kind.as_str(), blk.labels.as_slice()) {
                ("variable", [name]) => {
                    let v = match inputs.get(name) {
                        Some(v) => v.clone(),
                        None => match blk.body.attribute("default") {
                            Some(d) => empty.eval(&d.expr, &Bindings::new()),
                            None => Value::Unknown,
                        },
                    };
                    let v = convert_to_type(v, blk.body.attribute("type"));
                    scope.variables.insert(name.as_str(), v);
                }
                ("locals", []) => {
                    for a in &blk.body.attributes {
                        if scope.locals.insert(a.name.as_str(), a).is_some() {
                            problems.push(Problem::error(
                                a.name_span,
                                format!("duplicate local value \"{}\"", a.name),
                            ));
                        }
                    }
                }
                ("resource", [ty, name]) => {
                    scope.resources.insert(format!("{ty}.{name}"), blk);
                    resource_blocks.push((Mode::Managed, blk, f.file));
                }
                ("data", [ty, name]) => {
                    scope.resources.insert(format!("data.{ty}.{name}"), blk);
                    resource_blocks.push((Mode::Data, blk, f.file));
                }
                _ => {}
            }
        }
    }
    let locals: HashMap<&str, &Attribute> = scope.locals.clone();
    let ev = Evaluator::new(scope);

    // Instances of every resource, so that references can be turned into edges.
    let mut ids_by_key: HashMap<String, Vec<ResourceId>> = HashMap::new();
    let mut lowered: Vec<(String, &Block, Vec<ResourceId>)> = Vec::new();
    for (mode, blk, file) in &resource_blocks {
        let (ty, name) = (blk.labels[0].as_str(), blk.labels[1].as_str());
        let key = match mode {
            Mode::Managed => format!("{ty}.{name}"),
            Mode::Data => format!("data.{ty}.{name}"),
        };
        let prefix = if module_path.is_empty() {
            key.clone()
        } else {
            format!("{module_path}.{key}")
        };
        let mut ids = Vec::new();
        let mut add = |suffix: String, bind: &Bindings| {
            let body = lower_body(&ev, &blk.body, bind, blk.span);
            ids.push(graph.add(Resource {
                framework: Framework::Terraform,
                mode: *mode,
                kind: ty.to_string(),
                name: name.to_string(),
                address: format!("{prefix}{suffix}"),
                module_path: module_path.to_string(),
                unit: unit.to_string(),
                file: *file,
                span: blk.header,
                body,
            }));
        };
        match ev.instances(blk) {
            Instances::Single | Instances::Unknown => add(String::new(), &Bindings::new()),
            Instances::Count(n) => {
                for i in 0..n {
                    let mut b = Bindings::new();
                    b.set("count", count_value(i));
                    add(format!("[{i}]"), &b);
                }
            }
            Instances::ForEach(items) => {
                for (k, v) in items {
                    let mut b = Bindings::new();
                    b.set("each", each_value(&k, v));
                    add(format!("[{k:?}]"), &b);
                }
            }
        }
        ids_by_key.insert(key.clone(), ids.clone());
        lowered.push((key, blk, ids));
    }

    // Edges: every reference from a resource to another, directly or through locals.
    for (_, blk, ids) in &lowered {
        let mut targets: BTreeMap<String, HashSet<String>> = BTreeMap::new();
        blk.body.visit_references(&mut |top, path| {
            collect_targets(
                top,
                path,
                &locals,
                &ids_by_key,
                &mut targets,
                &mut HashSet::new(),
            );
        });
        for &from in ids {
            for (attr, keys) in &targets {
                for key in keys {
                    for &to in ids_by_key.get(key).into_iter().flatten() {
                        if to != from {
                            graph.edges.push(Edge {
                                from,
                                to,
                                attr: attr.clone(),
                            });
                        }
                    }
                }
            }
            // Attributes whose value is unknown and that point at no resource in this module.
            let unresolved: Vec<String> = graph
                .get(from)
                .body
                .entries()
                .iter()
                .filter(|e| e.node.is_unknown() && !targets.contains_key(&e.key))
                .map(|e| e.key.clone())
                .collect();
            for attr in unresolved {
                graph.unresolved.push((from, attr));
            }
        }
    }
    problems.extend(ev.problems.into_inner());
    problems
}

fn collect_targets(
    top: &str,
    path: &[&str],
    locals: &HashMap<&str, &Attribute>,
    ids_by_key: &HashMap<String, Vec<ResourceId>>,
    out: &mut BTreeMap<String, HashSet<String>>,
    seen_locals: &mut HashSet<String>,
) {
    match path {
        ["local", name, ..] => {
            if seen_locals.insert(name.to_string())
                && let Some(a) = locals.get(name)
            {
                a.expr.visit_references(&mut |p| {
                    collect_targets(top, p, locals, ids_by_key, out, seen_locals)
                });
            }
        }
        ["data", ty, name, ..] => {
            let key = format!("data.{ty}.{name}");
            if ids_by_key.contains_key(&key) {
                out.entry(top.to_string()).or_default().insert(key);
            }
        }
        [ty, name, ..] => {
            let key = format!("{ty}.{name}");
            if ids_by_key.contains_key(&key) {
                out.entry(top.to_string()).or_default().insert(key);
            }
        }
        _ => {}
    }
}

/// Applies a variable's `type` constraint to primitive values (`"true"` for a `bool`).
fn convert_to_type(v: Value, ty: Option<&Attribute>) -> Value {
    let Some(ty) = ty else { return v };
    let name = match &ty.expr.kind {
        ExprKind::Variable(n) => n.as_str(),
        ExprKind::String(s) => s.as_str(),
        _ => return v,
    };
    match (name, &v) {
        (_, Value::Null | Value::Unknown) => v,
        ("bool", _) => v.to_tf_bool().map(Value::Bool).unwrap_or_default(),
        ("number", _) => v.to_tf_number().map(Value::Number).unwrap_or_default(),
        ("string", _) => v.to_tf_string().map(Value::String).unwrap_or_default(),
        _ => v,
    }
}

/// Evaluates a block body into a graph node, keeping the span of every attribute and block.
pub fn lower_body(ev: &Evaluator, body: &Body, b: &Bindings, span: Span) -> Node {
    let mut entries = Vec::new();
    for a in &body.attributes {
        if super::eval::is_meta_argument(&a.name) {
            continue;
        }
        let v = ev.eval(&a.expr, b);
        entries.push(Entry {
            key: a.name.clone(),
            key_span: a.name_span,
            node: node_of(&v, &a.expr),
        });
    }
    for blk in &body.blocks {
        if super::eval::is_meta_block(&blk.kind) {
            continue;
        }
        if blk.kind == "dynamic" {
            let Some(label) = blk.labels.first() else {
                continue;
            };
            ev.expand_dynamic(blk, b, &mut |content, bind| {
                entries.push(Entry {
                    key: label.clone(),
                    key_span: blk.header,
                    node: lower_body(ev, content, bind, blk.span),
                });
            });
            continue;
        }
        entries.push(Entry {
            key: blk.kind.clone(),
            key_span: blk.header,
            node: lower_body(ev, &blk.body, b, blk.span),
        });
    }
    Node {
        value: NodeValue::Map(entries),
        span,
    }
}

/// Pairs an evaluated value with the expression it came from, so that elements of literal
/// lists and objects keep their own spans.
fn node_of(v: &Value, e: &Expr) -> Node {
    match (&e.kind, v) {
        (ExprKind::Array(items), Value::List(vals)) if items.len() == vals.len() => Node {
            value: NodeValue::List(items.iter().zip(vals).map(|(x, v)| node_of(v, x)).collect()),
            span: e.span,
        },
        (ExprKind::Object(items), Value::Map(vals)) => {
            let mut entries = Vec::new();
            for (k, x) in items {
                let (key, key_span) = match k {
                    ObjectKey::Ident(s) => (s.clone(), x.span),
                    ObjectKey::Expr(kx) => match &kx.kind {
                        ExprKind::String(s) | ExprKind::Variable(s) => (s.clone(), kx.span),
                        _ => continue,
                    },
                };
                if let Some(val) = vals.get(&key) {
                    entries.push(Entry {
                        key,
                        key_span: key_span.to(x.span),
                        node: node_of(val, x),
                    });
                }
            }
            if entries.len() != vals.len() {
                return Node::from_value(v, e.span);
            }
            Node {
                value: NodeValue::Map(entries),
                span: e.span,
            }
        }
        _ => Node::from_value(v, e.span),
    }
}
