//! The Terraform expression evaluator, over the syntax tree.
//!
//! Evaluation never fails: anything that cannot be known statically (computed attributes,
//! variables without a value, unsupported functions, errors) is [`Value::Unknown`], and unknowns
//! propagate except where the result is determined anyway (`false && x`).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use super::ast::*;
use super::functions;
use crate::diagnostics::Problem;
use crate::value::Value;

/// Deepest expression nesting evaluated before giving up with an unknown.
const MAX_DEPTH: u32 = 256;
/// Most elements a `for` expression or template `for` directive may produce.
pub const MAX_COLLECTION: usize = 100_000;
/// Most instances of one resource or module (`count`, `for_each`) that are checked.
pub const MAX_INSTANCES: usize = 10_000;

/// The named blocks of one module that expressions can refer to.
#[derive(Default)]
pub struct ModuleScope<'a> {
    pub variables: HashMap<&'a str, Value>,
    pub locals: HashMap<&'a str, &'a Attribute>,
    /// `type.name` (managed) and `data.type.name` (data sources).
    pub resources: HashMap<String, &'a Block>,
    /// `path.module`, as shown in reports.
    pub module_dir: String,
    /// What `file()` and friends may read; without it they are unknown.
    pub files: Option<&'a FileAccess>,
}

/// Read access for `file()`, `fileexists()`, `fileset()` and `templatefile()`, confined to the
/// scanned directories: absolute paths and paths that leave them are refused.
#[derive(Debug, Default)]
pub struct FileAccess {
    roots: Vec<std::path::PathBuf>,
}

impl FileAccess {
    pub fn new(roots: &[std::path::PathBuf]) -> FileAccess {
        FileAccess {
            roots: roots.iter().filter_map(|r| r.canonicalize().ok()).collect(),
        }
    }

    /// Resolves a path as Terraform sees it (relative to the working directory) and checks it
    /// stays inside a scanned root.
    pub fn resolve(&self, path: &str) -> Result<std::path::PathBuf, String> {
        let p = std::path::Path::new(path);
        if p.is_absolute() || path.starts_with('~') {
            return Err(format!("{path}: absolute paths are not read"));
        }
        let canon = p.canonicalize().map_err(|e| format!("{path}: {e}"))?;
        if self.roots.iter().any(|r| canon.starts_with(r)) {
            Ok(canon)
        } else {
            Err(format!("{path}: outside the scanned directories; not read"))
        }
    }

    /// `fileset(dir, pattern)`: the files under `dir` matching a glob, relative to `dir`,
    /// sorted. Bounded in the number of entries visited.
    pub fn fileset(&self, dir: &str, pattern: &str) -> Result<Vec<String>, String> {
        let base = self.resolve(dir)?;
        let glob = globset::GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("fileset: invalid pattern {pattern:?}: {e}"))?
            .compile_matcher();
        let mut out = Vec::new();
        let mut visited = 0;
        let mut stack = vec![base.clone()];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                visited += 1;
                if visited > MAX_COLLECTION {
                    return Err(format!("fileset({dir:?}): too many files"));
                }
                let p = e.path();
                let Ok(ft) = e.file_type() else { continue };
                if ft.is_dir() {
                    stack.push(p);
                } else if ft.is_file()
                    && let Ok(rel) = p.strip_prefix(&base)
                {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if glob.is_match(&rel) {
                        out.push(rel);
                    }
                }
            }
        }
        out.sort();
        Ok(out)
    }

    pub fn read(&self, path: &str) -> Result<String, String> {
        let p = self.resolve(path)?;
        let meta = std::fs::metadata(&p).map_err(|e| format!("{path}: {e}"))?;
        if meta.len() as usize > functions::MAX_STRING {
            return Err(format!(
                "{path}: larger than {} bytes; not read",
                functions::MAX_STRING
            ));
        }
        std::fs::read_to_string(&p).map_err(|e| format!("{path}: {e}"))
    }
}

/// A memoised value; shared, so that `local.rules["x"]` does not copy all of `local.rules`.
enum Memo {
    InProgress,
    Done(Rc<Value>),
}

/// Produces the value of `module.NAME` (its outputs) for the module being evaluated.
pub type ModuleHook<'a> = dyn Fn(&Evaluator<'a>, &str) -> Value + 'a;

/// Evaluates expressions of one module.
pub struct Evaluator<'a> {
    pub scope: ModuleScope<'a>,
    /// Resolves module calls; without it, `module.*` is unknown.
    pub module_hook: Option<&'a ModuleHook<'a>>,
    modules: RefCell<HashMap<String, Memo>>,
    locals: RefCell<HashMap<String, Memo>>,
    resources: RefCell<HashMap<String, Memo>>,
    pub problems: RefCell<Vec<Problem>>,
    depth: RefCell<u32>,
}

/// Variables bound by `for` expressions, `count`, `for_each`, `dynamic` blocks and `self`.
#[derive(Default)]
pub struct Bindings<'p> {
    vars: Vec<(String, Value)>,
    parent: Option<&'p Bindings<'p>>,
}

impl<'p> Bindings<'p> {
    pub fn new() -> Bindings<'static> {
        Bindings {
            vars: Vec::new(),
            parent: None,
        }
    }

    pub fn child(&'p self) -> Bindings<'p> {
        Bindings {
            vars: Vec::new(),
            parent: Some(self),
        }
    }

    pub fn set(&mut self, name: impl Into<String>, v: Value) {
        self.vars.push((name.into(), v));
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .or_else(|| self.parent.and_then(|p| p.get(name)))
    }
}

impl<'a> Evaluator<'a> {
    pub fn new(scope: ModuleScope<'a>) -> Evaluator<'a> {
        Evaluator {
            scope,
            module_hook: None,
            modules: RefCell::default(),
            locals: RefCell::default(),
            resources: RefCell::default(),
            problems: RefCell::default(),
            depth: RefCell::new(0),
        }
    }

    pub fn eval(&self, e: &Expr, b: &Bindings) -> Value {
        {
            let mut d = self.depth.borrow_mut();
            if *d >= MAX_DEPTH {
                return Value::Unknown;
            }
            *d += 1;
        }
        let v = self.eval_inner(e, b);
        *self.depth.borrow_mut() -= 1;
        v
    }

    fn eval_inner(&self, e: &Expr, b: &Bindings) -> Value {
        match &e.kind {
            ExprKind::Null => Value::Null,
            ExprKind::Bool(x) => Value::Bool(*x),
            ExprKind::Number(n) => Value::Number(*n),
            ExprKind::String(s) => Value::String(s.clone()),
            ExprKind::Template(parts) => {
                // A template that is exactly one interpolation yields that value unconverted.
                if let [TemplatePart::Interpolation(x)] = parts.as_slice() {
                    return self.eval(x, b);
                }
                let mut out = String::new();
                if self.render(parts, b, &mut out) {
                    Value::String(out)
                } else {
                    Value::Unknown
                }
            }
            ExprKind::Array(items) => Value::List(items.iter().map(|x| self.eval(x, b)).collect()),
            ExprKind::Object(items) => {
                let mut m = BTreeMap::new();
                for (k, v) in items {
                    let key = match k {
                        ObjectKey::Ident(s) => s.clone(),
                        ObjectKey::Expr(x) => match self.object_key(x, b) {
                            Some(s) => s,
                            None => return Value::Unknown,
                        },
                    };
                    m.insert(key, self.eval(v, b));
                }
                Value::Map(m)
            }
            ExprKind::Variable(name) => self.root(name, b),
            ExprKind::Traversal(base, ops) => self.traversal(base, ops, b),
            ExprKind::Call {
                name,
                args,
                expand_final,
            } => {
                let mut vals: Vec<Value> = Vec::with_capacity(args.len());
                // `try` and `can` look at errors, which we model as unknowns.
                // `try` returns the first argument that evaluates without an error. Errors and
                // values known only after apply are both unknown here, so an unknown first
                // argument leaves the result unknown: taking the fallback would invent a value.
                if name == "try" {
                    return match args.first() {
                        Some(a) => self.eval(a, b),
                        None => Value::Unknown,
                    };
                }
                if matches!(
                    name.as_str(),
                    "file" | "fileexists" | "templatefile" | "fileset"
                ) {
                    return self.file_function(name, args, b, e.span);
                }
                if name == "can" {
                    return match args.first().map(|a| self.eval(a, b)) {
                        Some(v) if !v.contains_unknown() => Value::Bool(true),
                        _ => Value::Unknown,
                    };
                }
                for a in args {
                    vals.push(self.eval(a, b));
                }
                if *expand_final {
                    match vals.pop() {
                        Some(Value::List(l)) => vals.extend(l),
                        _ => return Value::Unknown,
                    }
                }
                functions::call(name, &vals, &self.scope.module_dir)
            }
            ExprKind::Conditional(c, t, f) => match self.eval(c, b).to_tf_bool() {
                Some(true) => self.eval(t, b),
                Some(false) => self.eval(f, b),
                None => {
                    let (t, f) = (self.eval(t, b), self.eval(f, b));
                    if t == f && !t.contains_unknown() {
                        t
                    } else {
                        Value::Unknown
                    }
                }
            },
            ExprKind::Unary(op, x) => {
                let v = self.eval(x, b);
                match op {
                    UnaryOp::Not => v.to_tf_bool().map(|x| Value::Bool(!x)).unwrap_or_default(),
                    UnaryOp::Neg => v
                        .to_tf_number()
                        .map(|x| Value::Number(-x))
                        .unwrap_or_default(),
                }
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, b),
            ExprKind::For(f) => self.for_expr(f, b),
            ExprKind::Unsupported => Value::Unknown,
        }
    }

    fn object_key(&self, x: &Expr, b: &Bindings) -> Option<String> {
        // `(var.x) = 1` is evaluated; a bare traversal-like key `foo.bar` is not valid HCL
        // anyway. A key written as a lone variable name is that name as a string.
        if let ExprKind::Variable(name) = &x.kind {
            return Some(name.clone());
        }
        self.eval(x, b).to_tf_string()
    }

    /// Renders template parts into `out`; false when anything is unknown.
    fn render(&self, parts: &[TemplatePart], b: &Bindings, out: &mut String) -> bool {
        for p in parts {
            match p {
                TemplatePart::Literal(s) => out.push_str(s),
                TemplatePart::Interpolation(x) => match self.eval(x, b).to_tf_string() {
                    Some(s) => out.push_str(&s),
                    None => return false,
                },
                TemplatePart::If {
                    cond,
                    then,
                    otherwise,
                } => match self.eval(cond, b).to_tf_bool() {
                    Some(true) => {
                        if !self.render(then, b, out) {
                            return false;
                        }
                    }
                    Some(false) => {
                        if !self.render(otherwise, b, out) {
                            return false;
                        }
                    }
                    None => return false,
                },
                TemplatePart::For {
                    key_var,
                    value_var,
                    collection,
                    body,
                } => {
                    let Some(items) = iterate(&self.eval(collection, b)) else {
                        return false;
                    };
                    for (k, v) in items {
                        let mut inner = b.child();
                        if let Some(kv) = key_var {
                            inner.set(kv.clone(), k);
                        }
                        inner.set(value_var.clone(), v);
                        if !self.render(body, &inner, out) {
                            return false;
                        }
                        if out.len() > functions::MAX_STRING {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }

    fn binary(&self, op: BinaryOp, l: &Expr, r: &Expr, b: &Bindings) -> Value {
        let lv = self.eval(l, b);
        match op {
            BinaryOp::And => {
                if lv.to_tf_bool() == Some(false) {
                    return Value::Bool(false);
                }
                let rv = self.eval(r, b);
                return match (lv.to_tf_bool(), rv.to_tf_bool()) {
                    (_, Some(false)) => Value::Bool(false),
                    (Some(true), Some(true)) => Value::Bool(true),
                    _ => Value::Unknown,
                };
            }
            BinaryOp::Or => {
                if lv.to_tf_bool() == Some(true) {
                    return Value::Bool(true);
                }
                let rv = self.eval(r, b);
                return match (lv.to_tf_bool(), rv.to_tf_bool()) {
                    (_, Some(true)) => Value::Bool(true),
                    (Some(false), Some(false)) => Value::Bool(false),
                    _ => Value::Unknown,
                };
            }
            _ => {}
        }
        let rv = self.eval(r, b);
        match op {
            BinaryOp::Eq | BinaryOp::NotEq => {
                if lv.contains_unknown() || rv.contains_unknown() {
                    return Value::Unknown;
                }
                let eq = values_equal(&lv, &rv);
                Value::Bool(if op == BinaryOp::Eq { eq } else { !eq })
            }
            _ => {
                let (Some(x), Some(y)) = (lv.to_tf_number(), rv.to_tf_number()) else {
                    return Value::Unknown;
                };
                match op {
                    BinaryOp::LessEq => Value::Bool(x <= y),
                    BinaryOp::GreaterEq => Value::Bool(x >= y),
                    BinaryOp::Less => Value::Bool(x < y),
                    BinaryOp::Greater => Value::Bool(x > y),
                    BinaryOp::Plus => Value::Number(x + y),
                    BinaryOp::Minus => Value::Number(x - y),
                    BinaryOp::Mul => Value::Number(x * y),
                    BinaryOp::Div if y != 0.0 => Value::Number(x / y),
                    BinaryOp::Mod if y != 0.0 => Value::Number(x % y),
                    _ => Value::Unknown,
                }
            }
        }
    }

    fn for_expr(&self, f: &ForExpr, b: &Bindings) -> Value {
        let Some(items) = iterate(&self.eval(&f.collection, b)) else {
            return Value::Unknown;
        };
        if items.len() > MAX_COLLECTION {
            return Value::Unknown;
        }
        let mut list = Vec::new();
        let mut map: BTreeMap<String, Value> = BTreeMap::new();
        let mut groups: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for (k, v) in items {
            let mut inner = b.child();
            if let Some(kv) = &f.key_var {
                inner.set(kv.clone(), k);
            }
            inner.set(f.value_var.clone(), v);
            if let Some(c) = &f.cond {
                match self.eval(c, &inner).to_tf_bool() {
                    Some(true) => {}
                    Some(false) => continue,
                    None => return Value::Unknown,
                }
            }
            match &f.key_expr {
                None => list.push(self.eval(&f.value_expr, &inner)),
                Some(ke) => {
                    let Some(key) = self.eval(ke, &inner).to_tf_string() else {
                        return Value::Unknown;
                    };
                    let v = self.eval(&f.value_expr, &inner);
                    if f.grouping {
                        groups.entry(key).or_default().push(v);
                    } else {
                        map.insert(key, v);
                    }
                }
            }
        }
        match (&f.key_expr, f.grouping) {
            (None, _) => Value::List(list),
            (Some(_), false) => Value::Map(map),
            (Some(_), true) => Value::Map(
                groups
                    .into_iter()
                    .map(|(k, v)| (k, Value::List(v)))
                    .collect(),
            ),
        }
    }

    fn traversal(&self, base: &Expr, ops: &[TraversalOp], b: &Bindings) -> Value {
        // Resource and data references need the first attribute(s) to find the block.
        if let ExprKind::Variable(root) = &base.kind {
            if let Some(v) = b.get(root) {
                return self.apply_ops_ref(v, ops, b);
            }
            if root == "var"
                && let Some(TraversalOp::Attr(name)) = ops.first()
            {
                return match self.scope.variables.get(name.as_str()) {
                    Some(v) => self.apply_ops_ref(v, &ops[1..], b),
                    None => Value::Unknown,
                };
            }
            if let Some((v, used)) = self.resolve_shared(root, ops, b) {
                return self.apply_ops_ref(&v, &ops[used..], b);
            }
        }
        let v = self.eval(base, b);
        self.apply_ops(v, ops, b)
    }

    /// Like [`Evaluator::apply_ops`], walking a borrowed value and copying only the result.
    fn apply_ops_ref(&self, v: &Value, ops: &[TraversalOp], b: &Bindings) -> Value {
        let mut cur = v;
        for (i, op) in ops.iter().enumerate() {
            match op {
                TraversalOp::Attr(name) => match cur {
                    Value::Map(m) => match m.get(name) {
                        Some(x) => cur = x,
                        None => return Value::Unknown,
                    },
                    _ => return Value::Unknown,
                },
                TraversalOp::Index(x) => {
                    let k = self.eval(x, b);
                    let next = match (cur, &k) {
                        (Value::List(l), k) => match k.to_tf_number() {
                            Some(n) if n >= 0.0 && (n as usize) < l.len() => l.get(n as usize),
                            _ => None,
                        },
                        (Value::Map(m), k) => k.to_tf_string().and_then(|s| m.get(&s)),
                        _ => None,
                    };
                    match next {
                        Some(x) => cur = x,
                        None => return Value::Unknown,
                    }
                }
                TraversalOp::AttrSplat | TraversalOp::FullSplat => {
                    return self.apply_ops(cur.clone(), &ops[i..], b);
                }
            }
        }
        cur.clone()
    }

    /// [`Evaluator::resolve_reference`] without copying memoised locals, resources and module
    /// outputs.
    fn resolve_shared(
        &self,
        root: &str,
        ops: &[TraversalOp],
        b: &Bindings,
    ) -> Option<(Rc<Value>, usize)> {
        let attr = |i: usize| match ops.get(i) {
            Some(TraversalOp::Attr(a)) => Some(a.as_str()),
            _ => None,
        };
        match root {
            "local" => Some((self.local_rc(attr(0)?), 1)),
            "module" => Some((self.module_rc(attr(0)?), 1)),
            "data" => {
                let key = format!("data.{}.{}", attr(0)?, attr(1)?);
                Some((self.resource_rc(&key, b), 2))
            }
            "var" | "path" | "terraform" | "count" | "each" | "self" => self
                .resolve_reference(root, ops, b)
                .map(|(v, used)| (Rc::new(v), used)),
            _ => {
                let key = format!("{root}.{}", attr(0)?);
                if self.scope.resources.contains_key(&key) {
                    Some((self.resource_rc(&key, b), 1))
                } else {
                    Some((Rc::new(Value::Unknown), ops.len()))
                }
            }
        }
    }

    fn apply_ops(&self, mut v: Value, ops: &[TraversalOp], b: &Bindings) -> Value {
        let mut i = 0;
        while i < ops.len() {
            match &ops[i] {
                TraversalOp::Attr(name) => v = get_attr(&v, name),
                TraversalOp::Index(x) => {
                    let k = self.eval(x, b);
                    v = index(&v, &k);
                }
                TraversalOp::AttrSplat | TraversalOp::FullSplat => {
                    let rest = &ops[i + 1..];
                    let items = match v {
                        Value::Unknown => return Value::Unknown,
                        Value::Null => Vec::new(),
                        Value::List(l) => l,
                        other => vec![other],
                    };
                    return Value::List(
                        items
                            .into_iter()
                            .map(|x| self.apply_ops(x, rest, b))
                            .collect(),
                    );
                }
            }
            i += 1;
        }
        v
    }

    fn root(&self, name: &str, b: &Bindings) -> Value {
        if let Some(v) = b.get(name) {
            return v.clone();
        }
        Value::Unknown
    }

    /// Resolves `var.x`, `local.x`, `path.module`, `type.name`, `data.type.name`: returns the
    /// value and how many traversal operators it consumed.
    fn resolve_reference(
        &self,
        root: &str,
        ops: &[TraversalOp],
        b: &Bindings,
    ) -> Option<(Value, usize)> {
        let attr = |i: usize| match ops.get(i) {
            Some(TraversalOp::Attr(a)) => Some(a.as_str()),
            _ => None,
        };
        match root {
            "var" => {
                let name = attr(0)?;
                Some((
                    self.scope.variables.get(name).cloned().unwrap_or_default(),
                    1,
                ))
            }
            "local" => Some((self.local(attr(0)?), 1)),
            "path" => {
                let v = match attr(0)? {
                    "module" => Value::String(self.scope.module_dir.clone()),
                    _ => Value::Unknown,
                };
                Some((v, 1))
            }
            "data" => {
                let key = format!("data.{}.{}", attr(0)?, attr(1)?);
                Some((self.resource_value(&key, b), 2))
            }
            "module" => Some((self.module_value(attr(0)?), 1)),
            "terraform" | "count" | "each" | "self" => Some((Value::Unknown, ops.len())),
            _ => {
                let key = format!("{root}.{}", attr(0)?);
                if self.scope.resources.contains_key(&key) {
                    Some((self.resource_value(&key, b), 1))
                } else {
                    Some((Value::Unknown, ops.len()))
                }
            }
        }
    }

    /// For an expression whose value is unknown but that builds a JSON document (a
    /// `jsonencode(...)` call, a template such as a heredoc, or an `aws_iam_policy_document`'s
    /// `json`), the decoded document with unknown leaves where values are unknown.
    pub fn partial_json(&self, e: &Expr, b: &Bindings) -> Option<Value> {
        // Locals may refer to each other in a cycle: bound the recursion like evaluation.
        {
            let mut d = self.depth.borrow_mut();
            if *d >= MAX_DEPTH {
                return None;
            }
            *d += 1;
        }
        let v = self.partial_json_inner(e, b);
        *self.depth.borrow_mut() -= 1;
        v
    }

    fn partial_json_inner(&self, e: &Expr, b: &Bindings) -> Option<Value> {
        let v = match &e.kind {
            ExprKind::Call { name, args, .. } if name == "jsonencode" && args.len() == 1 => {
                self.eval(&args[0], b)
            }
            ExprKind::Template(parts) => {
                let mut out = String::new();
                if !self.render_with_holes(parts, b, &mut out) {
                    return None;
                }
                let j: serde_json::Value = serde_json::from_str(out.trim()).ok()?;
                holes_to_unknown(Value::from_json(&j))
            }
            // `local.doc`: the partial document of the local's own expression.
            ExprKind::Traversal(base, ops)
                if matches!(&base.kind, ExprKind::Variable(r) if r == "local")
                    && ops.len() == 1 =>
            {
                let TraversalOp::Attr(name) = &ops[0] else {
                    return None;
                };
                let local = self.scope.locals.get(name.as_str())?;
                return self.partial_json(&local.expr, &Bindings::new());
            }
            ExprKind::Traversal(base, ops) => {
                let (last, rest) = ops.split_last()?;
                if !matches!(last, TraversalOp::Attr(a) if a == "json" || a == "minified_json") {
                    return None;
                }
                let mut ops = rest.to_vec();
                ops.push(TraversalOp::Attr(super::datasources::PARTIAL_JSON.into()));
                self.traversal(base, &ops, b)
            }
            _ => return None,
        };
        matches!(v, Value::Map(_) | Value::List(_)).then_some(v)
    }

    /// Renders a template with a marker in place of each unknown interpolation; false when an
    /// unknown decides a directive.
    fn render_with_holes(&self, parts: &[TemplatePart], b: &Bindings, out: &mut String) -> bool {
        for p in parts {
            match p {
                TemplatePart::Literal(s) => out.push_str(s),
                TemplatePart::Interpolation(x) => match self.eval(x, b).to_tf_string() {
                    Some(s) => out.push_str(&s),
                    None => out.push_str(HOLE),
                },
                other => {
                    if !self.render(std::slice::from_ref(other), b, out) {
                        return false;
                    }
                }
            }
            if out.len() > functions::MAX_STRING {
                return false;
            }
        }
        true
    }

    /// `file`, `fileexists`, `fileset` and `templatefile`, confined to the scanned tree.
    fn file_function(
        &self,
        name: &str,
        args: &[Expr],
        b: &Bindings,
        span: crate::source::Span,
    ) -> Value {
        let Some(files) = self.scope.files else {
            return Value::Unknown;
        };
        let vals: Vec<Value> = args.iter().map(|a| self.eval(a, b)).collect();
        let Some(path) = vals.first().and_then(Value::as_str) else {
            return Value::Unknown;
        };
        let refuse = |msg: String| {
            self.problems.borrow_mut().push(Problem::notice(span, msg));
            Value::Unknown
        };
        match name {
            "file" => match files.read(path) {
                Ok(t) => Value::String(t),
                Err(m) => refuse(m),
            },
            "fileexists" => match files.resolve(path) {
                Ok(p) => Value::Bool(p.is_file()),
                // A missing file in a directory inside the tree does not exist.
                Err(_) => match std::path::Path::new(path).parent() {
                    Some(dir) if files.resolve(&dir.to_string_lossy()).is_ok() => {
                        Value::Bool(false)
                    }
                    _ => Value::Unknown,
                },
            },
            "templatefile" => {
                let text = match files.read(path) {
                    Ok(t) => t,
                    Err(m) => return refuse(m),
                };
                let Some(Value::Map(vars)) = vals.get(1) else {
                    return Value::Unknown;
                };
                let template = super::parse_hcl::parse_template_string(&text, span);
                let mut inner = Bindings::new();
                for (k, v) in vars {
                    inner.set(k.clone(), v.clone());
                }
                self.eval(&template, &inner)
            }
            "fileset" => {
                let Some(pattern) = vals.get(1).and_then(Value::as_str) else {
                    return Value::Unknown;
                };
                match files.fileset(path, pattern) {
                    Ok(list) => Value::List(list.into_iter().map(Value::String).collect()),
                    Err(m) => refuse(m),
                }
            }
            _ => Value::Unknown,
        }
    }

    /// The outputs of `module.NAME`, evaluated once.
    pub fn module_value(&self, name: &str) -> Value {
        (*self.module_rc(name)).clone()
    }

    fn module_rc(&self, name: &str) -> Rc<Value> {
        if let Some(m) = self.modules.borrow().get(name) {
            return match m {
                Memo::Done(v) => v.clone(),
                Memo::InProgress => Rc::new(Value::Unknown),
            };
        }
        let Some(hook) = self.module_hook else {
            return Rc::new(Value::Unknown);
        };
        self.modules
            .borrow_mut()
            .insert(name.to_string(), Memo::InProgress);
        let v = Rc::new(hook(self, name));
        self.modules
            .borrow_mut()
            .insert(name.to_string(), Memo::Done(v.clone()));
        v
    }

    pub fn local(&self, name: &str) -> Value {
        (*self.local_rc(name)).clone()
    }

    fn local_rc(&self, name: &str) -> Rc<Value> {
        if let Some(m) = self.locals.borrow().get(name) {
            return match m {
                Memo::Done(v) => v.clone(),
                Memo::InProgress => {
                    if let Some(a) = self.scope.locals.get(name) {
                        self.problems.borrow_mut().push(Problem::error(
                            a.name_span,
                            format!("local.{name} refers to itself through a cycle"),
                        ));
                    }
                    Rc::new(Value::Unknown)
                }
            };
        }
        let Some(attr) = self.scope.locals.get(name).copied() else {
            return Rc::new(Value::Unknown);
        };
        self.locals
            .borrow_mut()
            .insert(name.to_string(), Memo::InProgress);
        let v = Rc::new(self.eval(&attr.expr, &Bindings::new()));
        self.locals
            .borrow_mut()
            .insert(name.to_string(), Memo::Done(v.clone()));
        v
    }

    /// The value of a resource or data source as other expressions see it: its configured
    /// attributes (computed ones are unknown), a list for `count`, a map for `for_each`.
    fn resource_value(&self, key: &str, b: &Bindings) -> Value {
        (*self.resource_rc(key, b)).clone()
    }

    fn resource_rc(&self, key: &str, _b: &Bindings) -> Rc<Value> {
        if let Some(m) = self.resources.borrow().get(key) {
            return match m {
                Memo::Done(v) => v.clone(),
                Memo::InProgress => Rc::new(Value::Unknown),
            };
        }
        let Some(block) = self.scope.resources.get(key).copied() else {
            return Rc::new(Value::Unknown);
        };
        self.resources
            .borrow_mut()
            .insert(key.to_string(), Memo::InProgress);
        let kind = block.labels.first().map(String::as_str).unwrap_or("");
        let instances = self.instances(block);
        let one = |bind: &Bindings| {
            let mut v = self.body_value(&block.body, bind);
            if key.starts_with("data.") {
                super::datasources::outputs(kind, &mut v);
            }
            v
        };
        let v = match instances {
            Instances::Single => one(&Bindings::new()),
            Instances::Count(n) => Value::List(
                (0..n)
                    .map(|i| {
                        let mut bind = Bindings::new();
                        bind.set("count", count_value(i));
                        one(&bind)
                    })
                    .collect(),
            ),
            Instances::ForEach(items) => Value::Map(
                items
                    .into_iter()
                    .map(|(k, v)| {
                        let mut bind = Bindings::new();
                        bind.set("each", each_value(&k, v));
                        let val = one(&bind);
                        (k, val)
                    })
                    .collect(),
            ),
            Instances::Unknown => Value::Unknown,
        };
        let v = Rc::new(v);
        self.resources
            .borrow_mut()
            .insert(key.to_string(), Memo::Done(v.clone()));
        v
    }

    /// A block body as a plain value (nested blocks become lists of objects).
    pub fn body_value(&self, body: &Body, b: &Bindings) -> Value {
        let mut m: BTreeMap<String, Value> = BTreeMap::new();
        for a in &body.attributes {
            if is_meta_argument(&a.name) {
                continue;
            }
            m.insert(a.name.clone(), self.eval(&a.expr, b));
        }
        for blk in &body.blocks {
            if is_meta_block(&blk.kind) {
                continue;
            }
            if blk.kind == "dynamic" {
                let Some(label) = blk.labels.first() else {
                    continue;
                };
                let mut items = Vec::new();
                self.expand_dynamic(blk, b, &mut |body, bind, known| {
                    items.push(if known {
                        self.body_value(body, bind)
                    } else {
                        Value::Unknown
                    });
                });
                if let Value::List(l) = m
                    .entry(label.clone())
                    .or_insert_with(|| Value::List(Vec::new()))
                {
                    l.extend(items);
                }
                continue;
            }
            let v = self.body_value(&blk.body, b);
            match m
                .entry(blk.kind.clone())
                .or_insert_with(|| Value::List(Vec::new()))
            {
                Value::List(l) => l.push(v),
                other => *other = Value::List(vec![v]),
            }
        }
        Value::Map(m)
    }

    /// Calls `f` with the `content` body of a `dynamic` block once per element, with the
    /// iterator bound. An unknown collection gives one representative element.
    /// `known` is false for the representative element of an unknown collection: such a block
    /// may not exist at all, so its lowering is an unknown value.
    pub fn expand_dynamic(
        &self,
        blk: &Block,
        b: &Bindings,
        f: &mut dyn FnMut(&Body, &Bindings, bool),
    ) {
        let Some(label) = blk.labels.first() else {
            return;
        };
        let Some(content) = blk.body.blocks_of("content").next() else {
            return;
        };
        let iter_name = blk
            .body
            .attribute("iterator")
            .and_then(|a| match &a.expr.kind {
                ExprKind::Variable(n) => Some(n.clone()),
                _ => None,
            })
            .unwrap_or_else(|| label.clone());
        let coll = blk
            .body
            .attribute("for_each")
            .map(|a| self.eval(&a.expr, b))
            .unwrap_or_default();
        match iterate(&coll) {
            Some(items) => {
                for (k, v) in items.into_iter().take(MAX_COLLECTION) {
                    let mut inner = b.child();
                    let mut it = BTreeMap::new();
                    it.insert("key".to_string(), k);
                    it.insert("value".to_string(), v);
                    inner.set(iter_name.clone(), Value::Map(it));
                    f(&content.body, &inner, true);
                }
            }
            None => {
                let mut inner = b.child();
                inner.set(iter_name, Value::Unknown);
                f(&content.body, &inner, false);
            }
        }
    }

    /// How many instances a resource block has.
    pub fn instances(&self, block: &Block) -> Instances {
        match self.instances_uncapped(block) {
            Instances::Count(n) if n > MAX_INSTANCES => {
                self.too_many(block, n);
                Instances::Count(MAX_INSTANCES)
            }
            Instances::ForEach(mut items) if items.len() > MAX_INSTANCES => {
                self.too_many(block, items.len());
                items.truncate(MAX_INSTANCES);
                Instances::ForEach(items)
            }
            other => other,
        }
    }

    fn too_many(&self, block: &Block, n: usize) {
        self.problems.borrow_mut().push(Problem::notice(
            block.header,
            format!("{n} instances; only the first {MAX_INSTANCES} are checked"),
        ));
    }

    fn instances_uncapped(&self, block: &Block) -> Instances {
        if let Some(c) = block.body.attribute("count") {
            return match self.eval(&c.expr, &Bindings::new()).to_tf_number() {
                Some(n) if n >= 0.0 => Instances::Count((n as usize).min(MAX_COLLECTION)),
                _ => Instances::Unknown,
            };
        }
        if let Some(fe) = block.body.attribute("for_each") {
            let v = self.eval(&fe.expr, &Bindings::new());
            return match &v {
                Value::Map(m) if !v.contains_unknown() || m.keys().len() < MAX_COLLECTION => {
                    Instances::ForEach(m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                }
                Value::List(l) => {
                    let mut keys = Vec::new();
                    for x in l {
                        match x.to_tf_string() {
                            Some(s) => keys.push((s.clone(), Value::String(s))),
                            None => return Instances::Unknown,
                        }
                    }
                    keys.sort_by(|a, b| a.0.cmp(&b.0));
                    keys.dedup_by(|a, b| a.0 == b.0);
                    Instances::ForEach(keys)
                }
                _ => Instances::Unknown,
            };
        }
        Instances::Single
    }
}

/// Stands for an unknown value inside a rendered template.
const HOLE: &str = "__posture_unknown__";

/// Turns strings that contain a hole back into unknown values.
fn holes_to_unknown(v: Value) -> Value {
    match v {
        Value::String(s) if s.contains(HOLE) => Value::Unknown,
        Value::List(l) => Value::List(l.into_iter().map(holes_to_unknown).collect()),
        Value::Map(m) => Value::Map(
            m.into_iter()
                .map(|(k, v)| (k, holes_to_unknown(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The instances of a resource.
#[derive(Debug, Clone, PartialEq)]
pub enum Instances {
    Single,
    Count(usize),
    ForEach(Vec<(String, Value)>),
    /// `count` or `for_each` could not be evaluated: one representative instance.
    Unknown,
}

pub fn count_value(i: usize) -> Value {
    let mut m = BTreeMap::new();
    m.insert("index".to_string(), Value::Number(i as f64));
    Value::Map(m)
}

pub fn each_value(k: &str, v: Value) -> Value {
    let mut m = BTreeMap::new();
    m.insert("key".to_string(), Value::String(k.to_string()));
    m.insert("value".to_string(), v);
    Value::Map(m)
}

pub fn is_meta_argument(name: &str) -> bool {
    matches!(
        name,
        "count" | "for_each" | "depends_on" | "provider" | "lifecycle"
    )
}

pub fn is_meta_block(kind: &str) -> bool {
    matches!(kind, "lifecycle" | "provisioner" | "connection")
}

/// Pairs of (key, value) to iterate over; `None` when unknown.
pub fn iterate(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v {
        Value::List(l) => Some(
            l.iter()
                .enumerate()
                .map(|(i, x)| (Value::Number(i as f64), x.clone()))
                .collect(),
        ),
        Value::Map(m) => Some(
            m.iter()
                .map(|(k, x)| (Value::String(k.clone()), x.clone()))
                .collect(),
        ),
        Value::Null => Some(Vec::new()),
        _ => None,
    }
}

pub fn get_attr(v: &Value, name: &str) -> Value {
    match v {
        Value::Map(m) => m.get(name).cloned().unwrap_or_default(),
        _ => Value::Unknown,
    }
}

pub fn index(v: &Value, k: &Value) -> Value {
    match (v, k) {
        (Value::List(l), k) => match k.to_tf_number() {
            Some(n) if n >= 0.0 && (n as usize) < l.len() => l[n as usize].clone(),
            _ => Value::Unknown,
        },
        (Value::Map(m), k) => match k.to_tf_string() {
            Some(s) => m.get(&s).cloned().unwrap_or_default(),
            None => Value::Unknown,
        },
        _ => Value::Unknown,
    }
}

/// Terraform's `==`: numbers by value, everything else structurally.
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| values_equal(a, b))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, va), (kb, vb))| ka == kb && values_equal(va, vb))
        }
        _ => a == b,
    }
}
