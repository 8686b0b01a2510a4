//! The Terraform configuration syntax tree, shared by the native (`.tf`) and JSON (`.tf.json`)
//! syntaxes. Every node carries a [`Span`] into its source file.

use crate::source::Span;

#[derive(Debug, Clone, Default)]
pub struct Body {
    pub attributes: Vec<Attribute>,
    pub blocks: Vec<Block>,
}

impl Body {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    pub fn blocks_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: String,
    pub name_span: Span,
    pub expr: Expr,
    /// The whole `name = expr`.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: String,
    pub labels: Vec<String>,
    pub body: Body,
    /// The block type and its labels: `resource "aws_s3_bucket" "b"`.
    pub header: Span,
    /// The whole block.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Eq,
    NotEq,
    LessEq,
    GreaterEq,
    Less,
    Greater,
    Plus,
    Minus,
    Mul,
    Div,
    Mod,
    And,
    Or,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Template(Vec<TemplatePart>),
    Array(Vec<Expr>),
    Object(Vec<(ObjectKey, Expr)>),
    Variable(String),
    Traversal(Box<Expr>, Vec<TraversalOp>),
    Call {
        name: String,
        args: Vec<Expr>,
        expand_final: bool,
    },
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    For(Box<ForExpr>),
    /// Syntax this front end does not model; evaluates to an unknown value.
    Unsupported,
}

#[derive(Debug, Clone)]
pub enum ObjectKey {
    /// A bare identifier key (`foo = 1`), which is the string `"foo"`.
    Ident(String),
    Expr(Expr),
}

#[derive(Debug, Clone)]
pub enum TraversalOp {
    Attr(String),
    Index(Expr),
    AttrSplat,
    FullSplat,
}

#[derive(Debug, Clone)]
pub struct ForExpr {
    pub key_var: Option<String>,
    pub value_var: String,
    pub collection: Expr,
    pub key_expr: Option<Expr>,
    pub value_expr: Expr,
    pub cond: Option<Expr>,
    pub grouping: bool,
}

#[derive(Debug, Clone)]
pub enum TemplatePart {
    Literal(String),
    Interpolation(Expr),
    If {
        cond: Expr,
        then: Vec<TemplatePart>,
        otherwise: Vec<TemplatePart>,
    },
    For {
        key_var: Option<String>,
        value_var: String,
        collection: Expr,
        body: Vec<TemplatePart>,
    },
}

/// How many leading names of a reference [`Expr::visit_references`] reports.
pub const MAX_REFERENCE_PATH: usize = 4;

impl Expr {
    /// Calls `f` on every traversal rooted at a variable, with the root name and the leading
    /// attribute names (`aws_s3_bucket.b.id` gives `["aws_s3_bucket", "b", "id"]`), at most
    /// [`MAX_REFERENCE_PATH`] of them.
    pub fn visit_references(&self, f: &mut dyn FnMut(&[&str])) {
        match &self.kind {
            ExprKind::Variable(name) => f(&[name.as_str()]),
            ExprKind::Traversal(base, ops) => {
                if let ExprKind::Variable(root) = &base.kind {
                    // Consumers look at the first few names only (`module.m.output`): keep
                    // them on the stack.
                    let mut buf: [&str; MAX_REFERENCE_PATH] = [""; MAX_REFERENCE_PATH];
                    buf[0] = root.as_str();
                    let mut len = 1;
                    for op in ops {
                        if len == MAX_REFERENCE_PATH {
                            break;
                        }
                        match op {
                            TraversalOp::Attr(a) => {
                                buf[len] = a.as_str();
                                len += 1;
                            }
                            TraversalOp::Index(i) => {
                                // `aws_s3_bucket.b["k"].id`: keep the chain going past the
                                // instance key so the attribute name is still seen.
                                if len < 2 {
                                    break;
                                }
                                if let ExprKind::String(_) | ExprKind::Number(_) = i.kind {
                                    continue;
                                }
                                break;
                            }
                            _ => break,
                        }
                    }
                    f(&buf[..len]);
                } else {
                    base.visit_references(f);
                }
                for op in ops {
                    if let TraversalOp::Index(i) = op {
                        i.visit_references(f);
                    }
                }
            }
            ExprKind::Template(parts) => visit_template_refs(parts, f),
            ExprKind::Array(items) => items.iter().for_each(|e| e.visit_references(f)),
            ExprKind::Object(items) => {
                for (k, v) in items {
                    if let ObjectKey::Expr(k) = k {
                        k.visit_references(f);
                    }
                    v.visit_references(f);
                }
            }
            ExprKind::Call { args, .. } => args.iter().for_each(|e| e.visit_references(f)),
            ExprKind::Conditional(a, b, c) => {
                a.visit_references(f);
                b.visit_references(f);
                c.visit_references(f);
            }
            ExprKind::Unary(_, e) => e.visit_references(f),
            ExprKind::Binary(_, a, b) => {
                a.visit_references(f);
                b.visit_references(f);
            }
            ExprKind::For(fe) => {
                fe.collection.visit_references(f);
                if let Some(k) = &fe.key_expr {
                    k.visit_references(f);
                }
                fe.value_expr.visit_references(f);
                if let Some(c) = &fe.cond {
                    c.visit_references(f);
                }
            }
            ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Unsupported => {}
        }
    }
}

fn visit_template_refs(parts: &[TemplatePart], f: &mut dyn FnMut(&[&str])) {
    for p in parts {
        match p {
            TemplatePart::Literal(_) => {}
            TemplatePart::Interpolation(e) => e.visit_references(f),
            TemplatePart::If {
                cond,
                then,
                otherwise,
            } => {
                cond.visit_references(f);
                visit_template_refs(then, f);
                visit_template_refs(otherwise, f);
            }
            TemplatePart::For {
                collection, body, ..
            } => {
                collection.visit_references(f);
                visit_template_refs(body, f);
            }
        }
    }
}

impl Body {
    /// Calls `f` on every reference in every attribute of this body and its nested blocks,
    /// with the name of the top-level attribute or block it appears under.
    pub fn visit_references(&self, f: &mut dyn FnMut(&str, &[&str])) {
        for a in &self.attributes {
            a.expr.visit_references(&mut |path| f(&a.name, path));
        }
        for b in &self.blocks {
            let top = b.kind.as_str();
            b.body.visit_references(&mut |_, path| f(top, path));
        }
    }
}
