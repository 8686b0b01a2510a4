//! Native HCL syntax (`.tf`, `.tfvars`) into the Terraform syntax tree, via `hcl-edit`.

use hcl_edit::Span as _;
use hcl_edit::expr::{self as hx, Expression};
use hcl_edit::structure as hs;
use hcl_edit::template::{self as ht, Element, Strip};

use super::ast::*;
use crate::diagnostics::Problem;
use crate::source::{FileId, Span};

/// Parses a native-syntax file. Never fails: a syntax error becomes a located problem, and the
/// body holds what could still be read: when `hcl-edit` rejects the file, the top-level blocks
/// and attributes that `recover` finds intact, each parsed on its own with its spans in the
/// file's offsets.
pub fn parse(file: FileId, text: &str) -> (Body, Vec<Problem>) {
    parse_with(file, text, || None)
}

/// [`parse`], with the file's tree-sitter tree from `tree` when recovery needs one (a tree
/// kept up to date incrementally; it is parsed here when `tree` has none).
pub fn parse_with(
    file: FileId,
    text: &str,
    tree: impl FnOnce() -> Option<tree_sitter::Tree>,
) -> (Body, Vec<Problem>) {
    let mut problems = Vec::new();
    match parse_fragment(file, text, 0, &mut problems) {
        Ok(body) => (body, problems),
        Err((offset, message)) => {
            problems.push(Problem::error(
                Span::new(file, offset, offset),
                format!("HCL syntax error: {message}"),
            ));
            // The blocks and attributes that still parse, from the fragments error recovery
            // finds; a fragment that `hcl-edit` rejects is skipped (its error is the file's
            // error, or follows from it).
            let fragments = match tree().filter(|t| t.root_node().end_byte() <= text.len()) {
                Some(t) => super::recover::fragments_of(text, &t),
                None => super::recover::fragments(text),
            };
            (recover_fragments(file, text, &fragments), problems)
        }
    }
}

/// Parses the given fragments of `text` (byte ranges, in order) into one body.
pub fn recover_fragments(file: FileId, text: &str, fragments: &[std::ops::Range<usize>]) -> Body {
    let mut out = Body::default();
    for r in fragments {
        let Some(fragment) = text.get(r.clone()) else {
            continue;
        };
        let mut notices = Vec::new();
        if let Ok(body) = parse_fragment(file, fragment, r.start, &mut notices) {
            out.attributes.extend(body.attributes);
            out.blocks.extend(body.blocks);
        }
    }
    out
}

/// Parses `text`, which starts at byte `base` of the file, into a body whose spans are file
/// offsets. A repeated object key is tolerated (with a notice); any other error is returned
/// with its offset in the file.
fn parse_fragment(
    file: FileId,
    text: &str,
    base: usize,
    problems: &mut Vec<Problem>,
) -> Result<Body, (usize, String)> {
    let mut patched: Option<String> = None;
    // Terraform accepts a repeated key in an object constructor (the last one wins) where
    // hcl-edit rejects it. Rename the earlier key in place (same length, so every offset
    // stays right) and parse again, a bounded number of times.
    for _ in 0..32 {
        let input = patched.as_deref().unwrap_or(text);
        match hcl_edit::parser::parse_body(input) {
            Ok(body) => {
                let lower = Lower { file, base };
                return Ok(lower.body(body, base..base + text.len()));
            }
            Err(err) => {
                let offset = err.location().offset().min(input.len());
                if err.message().contains("redefined object key")
                    && let Some(fixed) = shadow_earlier_key(input, offset)
                {
                    problems.push(Problem::notice(
                        Span::new(file, base + offset, base + offset),
                        "object key repeated; the last value is used, as Terraform does",
                    ));
                    patched = Some(fixed);
                    continue;
                }
                return Err((base + offset, clean_message(err.message())));
            }
        }
    }
    Err((base, "too many repeated object keys".to_string()))
}

/// Given the offset of a repeated object key, renames the nearest earlier occurrence of the
/// same key (an identifier followed by `=` or `:`) to a same-length name no check reads.
fn shadow_earlier_key(text: &str, offset: usize) -> Option<String> {
    let rest = text.get(offset..)?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let key = &rest[..len];
    if key.is_empty() {
        return None;
    }
    let before = &text[..offset];
    let mut search_end = before.len();
    while let Some(pos) = before[..search_end].rfind(key) {
        search_end = pos;
        let prev_ok = before[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
        let after = before[pos + key.len()..].trim_start_matches([' ', '\t']);
        if prev_ok && (after.starts_with('=') && !after.starts_with("==") || after.starts_with(':'))
        {
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..pos]);
            out.push('_');
            out.push_str(&"x".repeat(key.len() - 1));
            out.push_str(&text[pos + key.len()..]);
            return Some(out);
        }
    }
    None
}

fn clean_message(msg: &str) -> String {
    let msg = msg.trim();
    if msg.is_empty() {
        "unexpected input".to_string()
    } else {
        msg.replace('\n', " ")
    }
}

struct Lower {
    file: FileId,
    /// Where the parsed text starts in the file: added to every span `hcl-edit` gives.
    base: usize,
}

impl Lower {
    fn span(&self, r: Option<std::ops::Range<usize>>, fallback: &std::ops::Range<usize>) -> Span {
        match r {
            Some(r) => Span::new(self.file, self.base + r.start, self.base + r.end),
            None => Span::new(self.file, fallback.start, fallback.end),
        }
    }

    /// Takes the `hcl-edit` body by value so each structure is freed once converted: a large
    /// file's two trees are not both whole in memory at once.
    fn body(&self, body: hs::Body, fallback: std::ops::Range<usize>) -> Body {
        let mut out = Body::default();
        for s in body {
            match s {
                hs::Structure::Attribute(a) => {
                    let span = self.span(a.span(), &fallback);
                    let key_span = self.span(a.key.span(), &span.range());
                    out.attributes.push(Attribute {
                        name: a.key.as_str().to_string(),
                        name_span: key_span,
                        expr: self.expr(&a.value, span.range()),
                        span,
                    });
                }
                hs::Structure::Block(b) => {
                    let span = self.span(b.span(), &fallback);
                    let mut header = self.span(b.ident.span(), &span.range());
                    for l in &b.labels {
                        if l.span().is_some() {
                            header = header.to(self.span(l.span(), &span.range()));
                        }
                    }
                    out.blocks.push(Block {
                        kind: b.ident.as_str().to_string(),
                        labels: b.labels.iter().map(|l| l.as_str().to_string()).collect(),
                        body: self.body(b.body, span.range()),
                        header,
                        span,
                    });
                }
            }
        }
        out
    }

    fn expr(&self, e: &Expression, fallback: std::ops::Range<usize>) -> Expr {
        let span = self.span(e.span(), &fallback);
        let r = span.range();
        let kind = match e {
            Expression::Null(_) => ExprKind::Null,
            Expression::Bool(b) => ExprKind::Bool(*b.value()),
            Expression::Number(n) => match n.value().as_f64() {
                Some(f) => ExprKind::Number(f),
                None => ExprKind::Unsupported,
            },
            Expression::String(s) => ExprKind::String(s.value().to_string()),
            Expression::Array(a) => {
                ExprKind::Array(a.iter().map(|x| self.expr(x, r.clone())).collect())
            }
            Expression::Object(o) => ExprKind::Object(
                o.iter()
                    .map(|(k, v)| {
                        let key = match k {
                            hx::ObjectKey::Ident(i) => ObjectKey::Ident(i.as_str().to_string()),
                            hx::ObjectKey::Expression(x) => {
                                ObjectKey::Expr(self.expr(x, r.clone()))
                            }
                        };
                        (key, self.expr(v.expr(), r.clone()))
                    })
                    .collect(),
            ),
            Expression::StringTemplate(t) => ExprKind::Template(self.template(t.iter(), r.clone())),
            Expression::HeredocTemplate(h) => {
                let mut h = (**h).clone();
                if h.indent().is_some() {
                    h.dedent();
                }
                ExprKind::Template(self.template(h.template.iter(), r.clone()))
            }
            Expression::Parenthesis(p) => return self.expr(p.inner(), r),
            Expression::Variable(v) => ExprKind::Variable(v.as_str().to_string()),
            Expression::Conditional(c) => ExprKind::Conditional(
                Box::new(self.expr(&c.cond_expr, r.clone())),
                Box::new(self.expr(&c.true_expr, r.clone())),
                Box::new(self.expr(&c.false_expr, r.clone())),
            ),
            Expression::FuncCall(f) => {
                let mut name = String::new();
                for ns in &f.name.namespace {
                    name.push_str(ns.as_str());
                    name.push_str("::");
                }
                name.push_str(f.name.name.as_str());
                ExprKind::Call {
                    name,
                    args: f.args.iter().map(|x| self.expr(x, r.clone())).collect(),
                    expand_final: f.args.expand_final(),
                }
            }
            Expression::Traversal(t) => {
                let base = self.expr(&t.expr, r.clone());
                let ops = t
                    .operators
                    .iter()
                    .map(|op| match op.value() {
                        hx::TraversalOperator::AttrSplat(_) => TraversalOp::AttrSplat,
                        hx::TraversalOperator::FullSplat(_) => TraversalOp::FullSplat,
                        hx::TraversalOperator::GetAttr(i) => TraversalOp::Attr(i.as_str().into()),
                        hx::TraversalOperator::Index(x) => {
                            TraversalOp::Index(self.expr(x, r.clone()))
                        }
                        hx::TraversalOperator::LegacyIndex(i) => TraversalOp::Index(Expr {
                            kind: ExprKind::Number(*i.value() as f64),
                            span,
                        }),
                    })
                    .collect();
                ExprKind::Traversal(Box::new(base), ops)
            }
            Expression::UnaryOp(u) => {
                let op = match u.operator.value() {
                    hx::UnaryOperator::Neg => UnaryOp::Neg,
                    hx::UnaryOperator::Not => UnaryOp::Not,
                };
                ExprKind::Unary(op, Box::new(self.expr(&u.expr, r.clone())))
            }
            Expression::BinaryOp(b) => {
                use hx::BinaryOperator as B;
                let op = match b.operator.value() {
                    B::Eq => BinaryOp::Eq,
                    B::NotEq => BinaryOp::NotEq,
                    B::LessEq => BinaryOp::LessEq,
                    B::GreaterEq => BinaryOp::GreaterEq,
                    B::Less => BinaryOp::Less,
                    B::Greater => BinaryOp::Greater,
                    B::Plus => BinaryOp::Plus,
                    B::Minus => BinaryOp::Minus,
                    B::Mul => BinaryOp::Mul,
                    B::Div => BinaryOp::Div,
                    B::Mod => BinaryOp::Mod,
                    B::And => BinaryOp::And,
                    B::Or => BinaryOp::Or,
                };
                ExprKind::Binary(
                    op,
                    Box::new(self.expr(&b.lhs_expr, r.clone())),
                    Box::new(self.expr(&b.rhs_expr, r.clone())),
                )
            }
            Expression::ForExpr(f) => ExprKind::For(Box::new(ForExpr {
                key_var: f.intro.key_var.as_ref().map(|k| k.as_str().to_string()),
                value_var: f.intro.value_var.as_str().to_string(),
                collection: self.expr(&f.intro.collection_expr, r.clone()),
                key_expr: f.key_expr.as_ref().map(|k| self.expr(k, r.clone())),
                value_expr: self.expr(&f.value_expr, r.clone()),
                cond: f.cond.as_ref().map(|c| self.expr(&c.expr, r.clone())),
                grouping: f.grouping,
            })),
        };
        Expr { kind, span }
    }

    fn template<'a>(
        &self,
        elements: impl Iterator<Item = &'a Element>,
        fallback: std::ops::Range<usize>,
    ) -> Vec<TemplatePart> {
        // Collect the parts with the strip markers on either side of each directive, then
        // apply the markers to the neighbouring literals.
        let mut parts: Vec<(TemplatePart, bool, bool)> = Vec::new();
        for el in elements {
            match el {
                Element::Literal(l) => {
                    parts.push((TemplatePart::Literal(l.value().clone()), false, false))
                }
                Element::Interpolation(i) => {
                    let (s, e) = strip_sides(i.strip);
                    parts.push((
                        TemplatePart::Interpolation(self.expr(&i.expr, fallback.clone())),
                        s,
                        e,
                    ));
                }
                Element::Directive(d) => match d.as_ref() {
                    ht::Directive::If(d) => {
                        let (s, then_start) = strip_sides(d.if_expr.strip);
                        let (endif_start, e) = strip_sides(d.endif_expr.strip);
                        let mut then = self.template(d.if_expr.template.iter(), fallback.clone());
                        let mut otherwise = Vec::new();
                        strip_edge(&mut then, then_start, false);
                        if let Some(el) = &d.else_expr {
                            let (else_start, else_end) = strip_sides(el.strip);
                            strip_edge(&mut then, false, else_start);
                            otherwise = self.template(el.template.iter(), fallback.clone());
                            strip_edge(&mut otherwise, else_end, endif_start);
                        } else {
                            strip_edge(&mut then, false, endif_start);
                        }
                        parts.push((
                            TemplatePart::If {
                                cond: self.expr(&d.if_expr.cond_expr, fallback.clone()),
                                then,
                                otherwise,
                            },
                            s,
                            e,
                        ));
                    }
                    ht::Directive::For(d) => {
                        let (s, body_start) = strip_sides(d.for_expr.strip);
                        let (body_end, e) = strip_sides(d.endfor_expr.strip);
                        let mut body = self.template(d.for_expr.template.iter(), fallback.clone());
                        strip_edge(&mut body, body_start, body_end);
                        parts.push((
                            TemplatePart::For {
                                key_var: d.for_expr.key_var.as_ref().map(|k| k.as_str().into()),
                                value_var: d.for_expr.value_var.as_str().to_string(),
                                collection: self
                                    .expr(&d.for_expr.collection_expr, fallback.clone()),
                                body,
                            },
                            s,
                            e,
                        ));
                    }
                },
            }
        }
        let n = parts.len();
        for i in 0..n {
            let (strip_before, strip_after) = (parts[i].1, parts[i].2);
            if strip_before
                && i > 0
                && let TemplatePart::Literal(l) = &mut parts[i - 1].0
            {
                let t = l.trim_end().len();
                l.truncate(t);
            }
            if strip_after
                && i + 1 < n
                && let TemplatePart::Literal(l) = &mut parts[i + 1].0
            {
                *l = l.trim_start().to_string();
            }
        }
        parts.into_iter().map(|p| p.0).collect()
    }
}

/// Strips leading whitespace of a template's first literal and/or trailing whitespace of its
/// last literal (strip markers inside a directive).
fn strip_edge(parts: &mut [TemplatePart], start: bool, end: bool) {
    if start && let Some(TemplatePart::Literal(l)) = parts.first_mut() {
        *l = l.trim_start().to_string();
    }
    if end && let Some(TemplatePart::Literal(l)) = parts.last_mut() {
        let t = l.trim_end().len();
        l.truncate(t);
    }
}

fn strip_sides(s: Strip) -> (bool, bool) {
    match s {
        Strip::None => (false, false),
        Strip::Start => (true, false),
        Strip::End => (false, true),
        Strip::Both => (true, true),
    }
}

/// Parses a template string (used by the JSON syntax, where every string is a template).
/// Spans of the parts are the whole string's span.
pub fn parse_template_string(text: &str, span: Span) -> Expr {
    if !text.contains("${") && !text.contains("%{") {
        return Expr {
            kind: ExprKind::String(text.to_string()),
            span,
        };
    }
    match hcl_edit::parser::parse_template(text) {
        Ok(t) => {
            let lower = Lower {
                file: span.file,
                base: 0,
            };
            let mut parts = lower.template(t.iter(), span.range());
            respan_parts(&mut parts, span);
            Expr {
                kind: ExprKind::Template(parts),
                span,
            }
        }
        Err(_) => Expr {
            kind: ExprKind::String(text.to_string()),
            span,
        },
    }
}

fn respan_parts(parts: &mut [TemplatePart], span: Span) {
    for p in parts {
        match p {
            TemplatePart::Literal(_) => {}
            TemplatePart::Interpolation(e) => respan(e, span),
            TemplatePart::If {
                cond,
                then,
                otherwise,
            } => {
                respan(cond, span);
                respan_parts(then, span);
                respan_parts(otherwise, span);
            }
            TemplatePart::For {
                collection, body, ..
            } => {
                respan(collection, span);
                respan_parts(body, span);
            }
        }
    }
}

/// Replaces every span in an expression (its offsets belong to another text).
pub fn respan(e: &mut Expr, span: Span) {
    e.span = span;
    match &mut e.kind {
        ExprKind::Template(parts) => respan_parts(parts, span),
        ExprKind::Array(items) => items.iter_mut().for_each(|x| respan(x, span)),
        ExprKind::Object(items) => {
            for (k, v) in items {
                if let ObjectKey::Expr(k) = k {
                    respan(k, span);
                }
                respan(v, span);
            }
        }
        ExprKind::Traversal(b, ops) => {
            respan(b, span);
            for op in ops {
                if let TraversalOp::Index(i) = op {
                    respan(i, span);
                }
            }
        }
        ExprKind::Call { args, .. } => args.iter_mut().for_each(|x| respan(x, span)),
        ExprKind::Conditional(a, b, c) => {
            respan(a, span);
            respan(b, span);
            respan(c, span);
        }
        ExprKind::Unary(_, x) => respan(x, span),
        ExprKind::Binary(_, a, b) => {
            respan(a, span);
            respan(b, span);
        }
        ExprKind::For(f) => {
            respan(&mut f.collection, span);
            if let Some(k) = &mut f.key_expr {
                respan(k, span);
            }
            respan(&mut f.value_expr, span);
            if let Some(c) = &mut f.cond {
                respan(c, span);
            }
        }
        _ => {}
    }
}

/// Parses a standalone expression (JSON syntax `"${...}"` strings that hold one expression are
/// handled by the template path; this is for JSON keys such as `count`).
pub fn parse_expression(text: &str, span: Span) -> Expr {
    match hcl_edit::parser::parse_expr(text) {
        Ok(e) => {
            let lower = Lower {
                file: span.file,
                base: 0,
            };
            let mut x = lower.expr(&e, span.range());
            respan(&mut x, span);
            x
        }
        Err(_) => Expr {
            kind: ExprKind::Unsupported,
            span,
        },
    }
}
