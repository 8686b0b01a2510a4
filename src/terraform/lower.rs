//! Lowering: Terraform modules into the shared resource graph.
//!
//! A root module is evaluated with its input values; each local module call is evaluated
//! recursively with the caller's arguments (its resources get the module path in their
//! address) and its outputs flow back to the caller. References become edges, across module
//! boundaries too: a resource that uses `module.m.bucket_id` refers to the bucket inside the
//! module that the output names, and a resource inside a module that uses `var.bucket` refers
//! to whatever the caller passed.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

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

/// Every Terraform module of a scan, by directory (as displayed).
pub type Units = BTreeMap<String, Vec<ModuleFile>>;

/// Where a value was set, for related locations: a span and a message.
pub type Origin = (Span, String);

/// Values given to a module's input variables from outside (var files, `--var`, a caller),
/// with where each was set when that is a place in the scanned files.
pub type Inputs = HashMap<String, (Value, Option<Origin>)>;

/// Deepest chain of module calls followed.
pub const MAX_MODULE_DEPTH: usize = 16;

/// What edge resolution needs to know about one module instance.
struct Instance<'a> {
    /// The caller's module path and the argument expressions it passed.
    caller: Option<(String, HashMap<String, &'a Expr>)>,
    locals: HashMap<&'a str, &'a Attribute>,
    outputs: HashMap<&'a str, &'a Expr>,
}

/// The resources names resolve to in one module instance.
type Resolved = HashMap<String, Rc<Vec<ResourceId>>>;

/// A reference to resolve: the module instance path and the name referred to.
type ResolveKey = (String, String);

/// Lowers one root module and every module it calls into one graph.
pub struct Loader<'a> {
    units: &'a Units,
    files: &'a super::eval::FileAccess,
    graph: RefCell<Graph>,
    problems: RefCell<Vec<Problem>>,
    ids: RefCell<HashMap<(String, String), Vec<ResourceId>>>,
    instances: RefCell<BTreeMap<String, Instance<'a>>>,
    lowered: RefCell<Vec<(String, &'a Block, Vec<ResourceId>)>>,
    stack: RefCell<Vec<String>>,
    /// Memoised reference resolution: module instance → name → resources.
    resolved: RefCell<HashMap<String, Resolved>>,
    resolving: RefCell<HashSet<ResolveKey>>,
    /// Headers of the module calls leading to the module being lowered.
    chain: RefCell<Vec<Span>>,
    /// Registry and git modules `terraform init` installed for this root: call key → directory.
    installed: Option<&'a super::manifest::Installed>,
    /// Evaluate `sensitive = true` variables and outputs as unknown (to tell what derives
    /// from them: see [`crate::redact::derived`]).
    hide_sensitive: bool,
}

impl<'a> Loader<'a> {
    pub fn new(units: &'a Units, files: &'a super::eval::FileAccess) -> Loader<'a> {
        Loader {
            units,
            files,
            graph: RefCell::default(),
            problems: RefCell::default(),
            ids: RefCell::default(),
            instances: RefCell::default(),
            lowered: RefCell::default(),
            stack: RefCell::default(),
            resolved: RefCell::default(),
            resolving: RefCell::default(),
            chain: RefCell::default(),
            installed: None,
            hide_sensitive: false,
        }
    }

    /// Resolves non-local module calls through the root module's `.terraform/modules` manifest.
    pub fn with_installed(mut self, installed: Option<&'a super::manifest::Installed>) -> Self {
        self.installed = installed;
        self
    }

    /// A loader that evaluates sensitive values as unknown.
    pub fn hiding_sensitive(mut self) -> Loader<'a> {
        self.hide_sensitive = true;
        self
    }

    /// Evaluates the root module in `dir` with `inputs` and returns the graph.
    pub fn lower_root(self, dir: &str, inputs: &Inputs) -> (Graph, Vec<Problem>) {
        self.lower_instance(dir, "", inputs, None);
        self.compute_edges();
        (self.graph.into_inner(), self.problems.into_inner())
    }

    fn lower_instance(
        &self,
        dir: &str,
        path: &str,
        inputs: &Inputs,
        caller: Option<(String, HashMap<String, &'a Expr>, Span)>,
    ) -> Value {
        let Some(files) = self.units.get(dir) else {
            return Value::Unknown;
        };
        if let Some((_, _, call_span)) = &caller {
            let stack = self.stack.borrow();
            if stack.iter().any(|d| d == dir) {
                self.problems.borrow_mut().push(Problem::error(
                    *call_span,
                    format!(
                        "module call cycle: {dir} calls itself through {}",
                        stack.join(" → ")
                    ),
                ));
                return Value::Unknown;
            }
            if stack.len() >= MAX_MODULE_DEPTH {
                self.problems.borrow_mut().push(Problem::error(
                    *call_span,
                    format!("module calls nested deeper than {MAX_MODULE_DEPTH}; not followed"),
                ));
                return Value::Unknown;
            }
        }
        self.stack.borrow_mut().push(dir.to_string());
        if let Some((_, _, call_span)) = &caller {
            self.chain.borrow_mut().push(*call_span);
        }

        let mut scope = ModuleScope {
            module_dir: dir.to_string(),
            files: Some(self.files),
            ..ModuleScope::default()
        };
        let mut resource_blocks: Vec<(Mode, &'a Block, FileId)> = Vec::new();
        let mut module_blocks: HashMap<&'a str, &'a Block> = HashMap::new();
        let mut outputs: Vec<&'a Block> = Vec::new();
        let mut providers: Vec<(&'a Block, FileId)> = Vec::new();
        let mut var_names: HashSet<&'a str> = HashSet::new();
        let mut origins: HashMap<&'a str, Origin> = HashMap::new();
        let literal = Evaluator::new(ModuleScope::default());
        for f in files {
            for blk in &f.body.blocks {
                match (blk.kind.as_str(), blk.labels.as_slice()) {
                    ("variable", [name]) => {
                        if !var_names.insert(name.as_str()) {
                            self.problems.borrow_mut().push(Problem::error(
                                blk.header,
                                format!("duplicate variable \"{name}\" in module {dir}"),
                            ));
                        }
                        let v = match inputs.get(name) {
                            Some((v, origin)) => {
                                if let Some(o) = origin {
                                    origins.insert(name.as_str(), o.clone());
                                }
                                v.clone()
                            }
                            None => match blk.body.attribute("default") {
                                Some(d) => {
                                    origins.insert(
                                        name.as_str(),
                                        (d.span, format!("default value of var.{name}")),
                                    );
                                    literal.eval(&d.expr, &Bindings::new())
                                }
                                None => Value::Unknown,
                            },
                        };
                        let v = convert_to_type(v, blk.body.attribute("type"));
                        let v = match is_sensitive(&blk.body) {
                            true if self.hide_sensitive => Value::Unknown,
                            true => {
                                self.mark_sensitive(&v);
                                v
                            }
                            false => v,
                        };
                        scope.variables.insert(name.as_str(), v);
                    }
                    ("locals", []) => {
                        for a in &blk.body.attributes {
                            if scope.locals.insert(a.name.as_str(), a).is_some() {
                                self.problems.borrow_mut().push(Problem::error(
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
                    ("module", [name]) => {
                        module_blocks.insert(name.as_str(), blk);
                    }
                    ("output", [_]) => outputs.push(blk),
                    ("provider", [_]) => providers.push((blk, f.file)),
                    _ => {}
                }
            }
        }
        self.instances.borrow_mut().insert(
            path.to_string(),
            Instance {
                caller: caller
                    .as_ref()
                    .map(|(p, args, _)| (p.clone(), args.clone())),
                locals: scope.locals.clone(),
                outputs: outputs
                    .iter()
                    .filter_map(|b| Some((b.labels[0].as_str(), &b.body.attribute("value")?.expr)))
                    .collect(),
            },
        );

        let hook = |ev: &Evaluator<'_>, name: &str| -> Value {
            match module_blocks.get(name) {
                Some(blk) => self.call_module(ev, dir, path, name, blk),
                None => Value::Unknown,
            }
        };
        let mut ev = Evaluator::new(scope);
        ev.module_hook = Some(&hook);

        for (mode, blk, file) in &resource_blocks {
            self.lower_resource(&ev, path, dir, (*mode, blk, *file), &origins);
        }
        for (blk, file) in &providers {
            self.lower_provider(&ev, path, dir, blk, *file, &origins);
        }
        // Every module call is lowered, referenced or not.
        let mut names: Vec<&&str> = module_blocks.keys().collect();
        names.sort();
        for name in names {
            ev.module_value(name);
        }
        let mut out = BTreeMap::new();
        for b in &outputs {
            if let Some(v) = b.body.attribute("value") {
                let mut value = ev.eval(&v.expr, &Bindings::new());
                if is_sensitive(&b.body) {
                    self.mark_sensitive(&value);
                    if self.hide_sensitive {
                        value = Value::Unknown;
                    }
                }
                out.insert(b.labels[0].clone(), value);
            }
        }
        self.problems.borrow_mut().extend(ev.problems.take());
        self.stack.borrow_mut().pop();
        if caller.is_some() {
            self.chain.borrow_mut().pop();
        }
        Value::Map(out)
    }

    fn lower_resource(
        &self,
        ev: &Evaluator<'_>,
        path: &str,
        dir: &str,
        (mode, blk, file): (Mode, &'a Block, FileId),
        var_origins: &HashMap<&str, Origin>,
    ) {
        let (ty, name) = (blk.labels[0].as_str(), blk.labels[1].as_str());
        let mut origins = Vec::new();
        value_origins(&blk.body, var_origins, &ev.scope.locals, &mut origins);
        let key = match mode {
            Mode::Data => format!("data.{ty}.{name}"),
            Mode::Managed | Mode::Provider => format!("{ty}.{name}"),
        };
        let prefix = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        let mut ids = Vec::new();
        let mut add = |suffix: String, bind: &Bindings| {
            let mut partials = Vec::new();
            let body = lower_body(ev, &blk.body, bind, blk.span, &mut partials);
            ids.push(self.graph.borrow_mut().add(Resource {
                framework: Framework::Terraform,
                mode,
                kind: ty.to_string(),
                name: name.to_string(),
                address: format!("{prefix}{suffix}"),
                module_path: path.to_string(),
                unit: dir.to_string(),
                file,
                span: blk.header,
                body,
                origins: origins.clone(),
                call_chain: self.chain.borrow().clone(),
                partials,
                variant: None,
                skips: Vec::new(),
            }));
        };
        for_instances(ev.instances(blk), &mut add);
        self.ids
            .borrow_mut()
            .insert((path.to_string(), key), ids.clone());
        self.lowered.borrow_mut().push((path.to_string(), blk, ids));
    }

    /// A provider configuration becomes a graph node of its own (kind `provider.aws`), so that
    /// checks can look at how it is configured (hard-coded credentials).
    fn lower_provider(
        &self,
        ev: &Evaluator<'_>,
        path: &str,
        dir: &str,
        blk: &'a Block,
        file: FileId,
        var_origins: &HashMap<&str, Origin>,
    ) {
        let name = blk.labels[0].as_str();
        let mut origins = Vec::new();
        value_origins(&blk.body, var_origins, &ev.scope.locals, &mut origins);
        let mut partials = Vec::new();
        let body = lower_body(ev, &blk.body, &Bindings::new(), blk.span, &mut partials);
        let alias = body
            .get("alias")
            .and_then(|a| a.as_str())
            .map(str::to_string);
        let local = match &alias {
            Some(a) => format!("provider.{name}.{a}"),
            None => format!("provider.{name}"),
        };
        let address = if path.is_empty() {
            local
        } else {
            format!("{path}.{local}")
        };
        self.graph.borrow_mut().add(Resource {
            framework: Framework::Terraform,
            mode: Mode::Provider,
            kind: format!("provider.{name}"),
            name: alias.unwrap_or_else(|| name.to_string()),
            address,
            module_path: path.to_string(),
            unit: dir.to_string(),
            file,
            span: blk.header,
            body,
            origins,
            call_chain: self.chain.borrow().clone(),
            partials,
            variant: None,
            skips: Vec::new(),
        });
    }

    /// Evaluates `module "name"` in the caller's scope and lowers the called module.
    /// Records the strings of a `sensitive = true` value (see [`Graph::sensitive`]).
    fn mark_sensitive(&self, v: &Value) {
        collect_strings(v, &mut self.graph.borrow_mut().sensitive);
    }

    fn call_module(
        &self,
        ev: &Evaluator<'_>,
        dir: &str,
        path: &str,
        name: &str,
        blk: &'a Block,
    ) -> Value {
        let source = blk
            .body
            .attribute("source")
            .and_then(|a| match &a.expr.kind {
                ExprKind::String(s) => Some(s.clone()),
                _ => None,
            });
        let Some(source) = source else {
            self.problems.borrow_mut().push(Problem::error(
                blk.header,
                format!("module \"{name}\" has no literal `source`"),
            ));
            return Value::Unknown;
        };
        let base = if path.is_empty() {
            format!("module.{name}")
        } else {
            format!("{path}.module.{name}")
        };
        let child = match source_dir(
            dir,
            &source,
            &super::manifest::key_of(&base),
            self.installed,
        ) {
            Some(child) if is_local_source(&source) || self.units.contains_key(&child) => child,
            _ => {
                self.problems.borrow_mut().push(Problem::notice(
                    blk.header,
                    format!(
                        "module \"{name}\" ({source}) is not a local path and is not installed; \
                             run `terraform init` to scan it (Posture never downloads modules)"
                    ),
                ));
                return Value::Unknown;
            }
        };
        if !self.units.contains_key(&child) {
            self.problems.borrow_mut().push(Problem::notice(
                blk.header,
                format!(
                    "module \"{name}\" ({source}): no Terraform files found in {child} among the \
                     scanned files (scan a directory that holds both the caller and the module)"
                ),
            ));
            return Value::Unknown;
        }
        let args: HashMap<String, &'a Expr> = blk
            .body
            .attributes
            .iter()
            .filter(|a| !is_module_meta(&a.name))
            .map(|a| (a.name.clone(), &a.expr))
            .collect();
        let instances = ev.instances(blk);
        let mut results: Vec<(String, Value)> = Vec::new();
        let mut call = |suffix: String, bind: &Bindings| {
            let inputs: Inputs = blk
                .body
                .attributes
                .iter()
                .filter(|a| !is_module_meta(&a.name))
                .map(|a| {
                    let origin = (a.span, format!("set by the call to module.{name}"));
                    (a.name.clone(), (ev.eval(&a.expr, bind), Some(origin)))
                })
                .collect();
            let outputs = self.lower_instance(
                &child,
                &format!("{base}{suffix}"),
                &inputs,
                Some((path.to_string(), args.clone(), blk.header)),
            );
            results.push((suffix, outputs));
        };
        let shape = instances.clone();
        for_instances(instances, &mut call);
        match shape {
            Instances::Single => results.pop().map(|(_, v)| v).unwrap_or_default(),
            Instances::Count(_) => Value::List(results.into_iter().map(|(_, v)| v).collect()),
            Instances::ForEach(items) => Value::Map(
                items
                    .into_iter()
                    .map(|(k, _)| k)
                    .zip(results.into_iter().map(|(_, v)| v))
                    .collect(),
            ),
            Instances::Unknown => Value::Unknown,
        }
    }

    /// Edges: every reference from a resource to another, directly, through locals, through
    /// module outputs and through module arguments.
    fn compute_edges(&self) {
        let lowered = self.lowered.borrow();
        let mut graph = self.graph.borrow_mut();
        // A module called many times lowers the same blocks many times: collect each block's
        // references once.
        let mut refs_of: HashMap<*const Block, Rc<BlockRefs>> = HashMap::new();
        for (path, blk, ids) in lowered.iter() {
            let refs = refs_of
                .entry(std::ptr::from_ref(*blk))
                .or_insert_with(|| Rc::new(block_refs(blk)))
                .clone();
            let mut targets: BTreeMap<&str, HashSet<ResourceId>> = BTreeMap::new();
            for (top, key, refpath) in refs.iter() {
                let refpath: Vec<&str> = refpath.iter().map(String::as_str).collect();
                let ids = self.resolve_key(path, key, &refpath);
                if !ids.is_empty() {
                    targets
                        .entry(top.as_str())
                        .or_default()
                        .extend(ids.iter().copied());
                }
            }
            for &from in ids {
                for (attr, tos) in &targets {
                    let mut tos: Vec<&ResourceId> = tos.iter().collect();
                    tos.sort();
                    for &to in tos {
                        if to != from {
                            graph.edges.push(Edge {
                                from,
                                to,
                                attr: attr.to_string(),
                            });
                        }
                    }
                }
                let unresolved: Vec<String> = graph
                    .get(from)
                    .body
                    .entries()
                    .iter()
                    .filter(|e| e.node.is_unknown() && !targets.contains_key(e.key.as_str()))
                    .map(|e| e.key.clone())
                    .collect();
                for attr in unresolved {
                    graph.unresolved.push((from, attr));
                }
            }
        }
    }

    /// The resources a reference ends up at, memoised per (module instance, name): a local
    /// used by many resources is walked once. Cycles resolve to nothing.
    fn resolve(&self, path: &str, refpath: &[&str]) -> Rc<Vec<ResourceId>> {
        match reference_key(refpath) {
            Some(key) => self.resolve_key(path, &key, refpath),
            None => Rc::new(Vec::new()),
        }
    }

    fn resolve_key(&self, path: &str, key: &str, refpath: &[&str]) -> Rc<Vec<ResourceId>> {
        if let Some(v) = self.resolved.borrow().get(path).and_then(|m| m.get(key)) {
            return v.clone();
        }
        let memo_key = (path.to_string(), key.to_string());
        if !self.resolving.borrow_mut().insert(memo_key.clone()) {
            return Rc::new(Vec::new());
        }
        let mut out: Vec<ResourceId> = Vec::new();
        {
            let instances = self.instances.borrow();
            let mut follow = |p: &str, e: &Expr| {
                e.visit_references(&mut |r| out.extend(self.resolve(p, r).iter().copied()));
            };
            match refpath {
                ["local", name, ..] => {
                    if let Some(a) = instances.get(path).and_then(|i| i.locals.get(name)) {
                        follow(path, &a.expr);
                    }
                }
                ["var", name, ..] => {
                    if let Some((caller, args)) =
                        instances.get(path).and_then(|i| i.caller.as_ref())
                        && let Some(e) = args.get(*name)
                    {
                        follow(caller, e);
                    }
                }
                ["module", name, output, ..] => {
                    let base = if path.is_empty() {
                        format!("module.{name}")
                    } else {
                        format!("{path}.module.{name}")
                    };
                    for (p, inst) in instances.range(base.clone()..) {
                        if !(p == &base || p.starts_with(&format!("{base}["))) {
                            if !p.starts_with(&base) {
                                break;
                            }
                            continue;
                        }
                        if let Some(e) = inst.outputs.get(output) {
                            follow(p, e);
                        }
                    }
                }
                _ => {
                    if let Some(ids) = self
                        .ids
                        .borrow()
                        .get(&(path.to_string(), memo_key.1.clone()))
                    {
                        out.extend(ids.iter().copied());
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        let out = Rc::new(out);
        self.resolving.borrow_mut().remove(&memo_key);
        let (path, key) = memo_key;
        self.resolved
            .borrow_mut()
            .entry(path)
            .or_default()
            .insert(key, out.clone());
        out
    }
}

/// The references of a block: (top-level attribute or block, reference key, leading names).
type BlockRefs = Vec<(String, String, Vec<String>)>;

fn block_refs(blk: &Block) -> BlockRefs {
    let mut out = Vec::new();
    blk.body.visit_references(&mut |top, refpath| {
        if let Some(key) = reference_key(refpath) {
            out.push((
                top.to_string(),
                key,
                refpath.iter().map(|s| s.to_string()).collect(),
            ));
        }
    });
    out
}

/// What a reference names, for resolution: `local.x`, `var.x`, `module.m.output`,
/// `data.t.n`, `t.n`.
fn reference_key(refpath: &[&str]) -> Option<String> {
    Some(match refpath {
        ["local" | "var", name, ..] => format!("{}.{name}", refpath[0]),
        ["module", name, output, ..] => format!("module.{name}.{output}"),
        ["data", ty, name, ..] => format!("data.{ty}.{name}"),
        [ty, name, ..] => format!("{ty}.{name}"),
        _ => return None,
    })
}

/// For each attribute (at any depth) that uses a variable or a local directly, where that
/// value was set: (the attribute's span, the origin's span, a message).
fn value_origins(
    body: &Body,
    vars: &HashMap<&str, Origin>,
    locals: &HashMap<&str, &Attribute>,
    out: &mut Vec<(Span, Span, String)>,
) {
    for a in &body.attributes {
        a.expr.visit_references(&mut |path| match path {
            ["var", name, ..] => {
                if let Some((span, msg)) = vars.get(name) {
                    out.push((a.span, *span, msg.clone()));
                }
            }
            ["local", name, ..] => {
                if let Some(l) = locals.get(name) {
                    out.push((a.span, l.span, format!("local.{name} is defined here")));
                }
            }
            _ => {}
        });
    }
    for b in &body.blocks {
        value_origins(&b.body, vars, locals, out);
    }
}

/// `sensitive = true` on a variable or an output block.
fn is_sensitive(body: &Body) -> bool {
    body.attribute("sensitive").is_some_and(|a| {
        Evaluator::new(ModuleScope::default())
            .eval(&a.expr, &Bindings::new())
            .to_tf_bool()
            == Some(true)
    })
}

/// Every known string (and number) inside a value.
fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Number(_) => out.extend(v.to_tf_string()),
        Value::List(l) => l.iter().for_each(|x| collect_strings(x, out)),
        Value::Map(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

fn for_instances(instances: Instances, f: &mut dyn FnMut(String, &Bindings)) {
    match instances {
        Instances::Single | Instances::Unknown => f(String::new(), &Bindings::new()),
        Instances::Count(n) => {
            for i in 0..n {
                let mut b = Bindings::new();
                b.set("count", count_value(i));
                f(format!("[{i}]"), &b);
            }
        }
        Instances::ForEach(items) => {
            for (k, v) in items {
                let mut b = Bindings::new();
                b.set("each", each_value(&k, v));
                f(format!("[{k:?}]"), &b);
            }
        }
    }
}

fn is_module_meta(name: &str) -> bool {
    matches!(
        name,
        "source" | "version" | "providers" | "count" | "for_each" | "depends_on"
    )
}

/// Joins a relative module source to a directory, lexically (`a/b` + `../c` = `a/c`).
pub fn join_dir(dir: &str, rel: &str) -> String {
    let absolute = dir.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for p in dir.split('/').chain(rel.split('/')) {
        match p {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    if absolute {
        parts.retain(|p| *p != "..");
        format!("/{}", parts.join("/"))
    } else if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// True for a module `source` that is a path in the same tree (`./x`, `../x`).
pub fn is_local_source(source: &str) -> bool {
    source.starts_with("./") || source.starts_with("../")
}

/// The directory a module call in `dir` loads: a local `source` joined to `dir`, or the
/// directory `terraform init` installed the call (`key`, see [`super::manifest::key_of`]) into.
/// `None` for a module that is neither local nor installed.
pub fn source_dir(
    dir: &str,
    source: &str,
    key: &str,
    installed: Option<&super::manifest::Installed>,
) -> Option<String> {
    if is_local_source(source) {
        Some(join_dir(dir, source))
    } else {
        installed?.get(key).cloned()
    }
}

/// Directories that other scanned modules call through a local `source`: they are evaluated
/// through their callers, not as roots.
pub fn called_dirs(units: &Units) -> HashSet<String> {
    let mut out = HashSet::new();
    for (dir, files) in units {
        for f in files {
            for blk in f.body.blocks_of("module") {
                if let Some(a) = blk.body.attribute("source")
                    && let ExprKind::String(s) = &a.expr.kind
                    && is_local_source(s)
                {
                    let child = join_dir(dir, s);
                    if &child != dir {
                        out.insert(child);
                    }
                }
            }
        }
    }
    out
}

/// Applies a variable's `type` constraint the way Terraform converts a value to it:
/// primitive conversions (`"true"` for a `bool`), element types of collections, and object
/// types whose `optional(type, default)` attributes get their default (or null) when the value
/// leaves them out or sets them to null. Attributes an object type does not declare are
/// dropped. What the constraint does not determine is left as it is.
fn convert_to_type(v: Value, ty: Option<&Attribute>) -> Value {
    match ty {
        Some(ty) => convert(v, &ty.expr, 0),
        None => v,
    }
}

fn convert(v: Value, ty: &Expr, depth: usize) -> Value {
    if matches!(v, Value::Null | Value::Unknown) || depth > 64 {
        return v;
    }
    match &ty.kind {
        ExprKind::Variable(name) | ExprKind::String(name) => match name.as_str() {
            "bool" => v.to_tf_bool().map(Value::Bool).unwrap_or_default(),
            "number" => v.to_tf_number().map(Value::Number).unwrap_or_default(),
            "string" => v.to_tf_string().map(Value::String).unwrap_or_default(),
            _ => v,
        },
        ExprKind::Call { name, args, .. } => match (name.as_str(), args.as_slice(), v) {
            ("list" | "set", [t], Value::List(xs)) => {
                Value::List(xs.into_iter().map(|x| convert(x, t, depth + 1)).collect())
            }
            ("map", [t], Value::Map(m)) => Value::Map(
                m.into_iter()
                    .map(|(k, x)| (k, convert(x, t, depth + 1)))
                    .collect(),
            ),
            ("tuple", [t], Value::List(xs)) => match &t.kind {
                ExprKind::Array(ts) if ts.len() == xs.len() => Value::List(
                    xs.into_iter()
                        .zip(ts)
                        .map(|(x, t)| convert(x, t, depth + 1))
                        .collect(),
                ),
                _ => Value::List(xs),
            },
            ("object", [t], Value::Map(mut m)) => match &t.kind {
                ExprKind::Object(attrs) => {
                    let mut out = std::collections::BTreeMap::new();
                    for (key, aty) in attrs {
                        let key = match key {
                            ObjectKey::Ident(k) => k.clone(),
                            ObjectKey::Expr(e) => match &e.kind {
                                ExprKind::String(k) | ExprKind::Variable(k) => k.clone(),
                                _ => return Value::Map(m),
                            },
                        };
                        let given = m.remove(&key).filter(|x| !matches!(x, Value::Null));
                        let value = match (&aty.kind, given) {
                            (ExprKind::Call { name, args, .. }, given) if name == "optional" => {
                                let Some(inner) = args.first() else {
                                    continue;
                                };
                                match given {
                                    Some(x) => convert(x, inner, depth + 1),
                                    None => match args.get(1) {
                                        Some(d) => convert(
                                            Evaluator::new(ModuleScope::default())
                                                .eval(d, &Bindings::new()),
                                            inner,
                                            depth + 1,
                                        ),
                                        None => Value::Null,
                                    },
                                }
                            }
                            (_, Some(x)) => convert(x, aty, depth + 1),
                            // A required attribute left out is an error to Terraform: the value
                            // cannot be known.
                            (_, None) => Value::Unknown,
                        };
                        out.insert(key, value);
                    }
                    Value::Map(out)
                }
                _ => Value::Map(m),
            },
            (_, _, v) => v,
        },
        _ => v,
    }
}

/// Evaluates a block body into a graph node, keeping the span of every attribute and block.
pub fn lower_body(
    ev: &Evaluator,
    body: &Body,
    b: &Bindings,
    span: Span,
    partials: &mut Vec<(Span, Value)>,
) -> Node {
    let mut entries = Vec::new();
    for a in &body.attributes {
        if super::eval::is_meta_argument(&a.name) {
            continue;
        }
        let v = ev.eval(&a.expr, b);
        if v.is_unknown()
            && let Some(p) = ev.partial_json(&a.expr, b)
        {
            partials.push((a.expr.span, p));
        }
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
            ev.expand_dynamic(blk, b, &mut |content, bind, known| {
                entries.push(Entry {
                    key: label.clone(),
                    key_span: blk.header,
                    node: if known {
                        lower_body(ev, content, bind, blk.span, partials)
                    } else {
                        Node::unknown(blk.span)
                    },
                });
            });
            continue;
        }
        entries.push(Entry {
            key: blk.kind.clone(),
            key_span: blk.header,
            node: lower_body(ev, &blk.body, b, blk.span, partials),
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

#[cfg(test)]
mod tests {
    use super::join_dir;

    #[test]
    fn joins_module_sources() {
        assert_eq!(join_dir("a/b/examples/x", "../../"), "a/b");
        assert_eq!(join_dir(".", "./modules/m"), "modules/m");
        assert_eq!(join_dir("../corpus/t", "../u"), "../corpus/u");
        assert_eq!(join_dir("a", "../../b"), "../b");
        assert_eq!(join_dir("/tmp/x/alb", "../module"), "/tmp/x/module");
    }
}
