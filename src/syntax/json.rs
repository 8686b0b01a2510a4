//! Strict JSON with a byte span on every value, via `jsonc-parser`.

use jsonc_parser::ast;
use jsonc_parser::{CollectOptions, ParseOptions};

use crate::diagnostics::Problem;
use crate::source::{FileId, Span};

#[derive(Debug, Clone)]
pub struct JsonNode {
    pub kind: JsonKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum JsonKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<JsonNode>),
    Object(Vec<JsonProp>),
}

#[derive(Debug, Clone)]
pub struct JsonProp {
    pub key: String,
    pub key_span: Span,
    pub value: JsonNode,
}

impl JsonNode {
    pub fn get(&self, key: &str) -> Option<&JsonNode> {
        match &self.kind {
            JsonKind::Object(props) => props.iter().find(|p| p.key == key).map(|p| &p.value),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            JsonKind::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn props(&self) -> &[JsonProp] {
        match &self.kind {
            JsonKind::Object(p) => p,
            _ => &[],
        }
    }
}

fn strict() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

/// Parses strict JSON. A syntax error is a located problem.
pub fn parse(file: FileId, text: &str) -> Result<Option<JsonNode>, Problem> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let shift = text.len() - text_no_bom.len();
    match jsonc_parser::parse_to_ast(text_no_bom, &CollectOptions::default(), &strict()) {
        Ok(res) => Ok(res.value.map(|v| convert(file, shift, &v))),
        Err(e) => {
            let r = e.range();
            Err(Problem::error(
                Span::new(file, r.start + shift, r.end + shift),
                format!("JSON syntax error: {}", e.kind()),
            ))
        }
    }
}

fn convert(file: FileId, shift: usize, v: &ast::Value) -> JsonNode {
    let sp = |r: &jsonc_parser::common::Range| Span::new(file, r.start + shift, r.end + shift);
    match v {
        ast::Value::StringLit(s) => JsonNode {
            kind: JsonKind::String(s.value.to_string()),
            span: sp(&s.range),
        },
        ast::Value::NumberLit(n) => JsonNode {
            kind: JsonKind::Number(n.value.parse().unwrap_or(0.0)),
            span: sp(&n.range),
        },
        ast::Value::BooleanLit(b) => JsonNode {
            kind: JsonKind::Bool(b.value),
            span: sp(&b.range),
        },
        ast::Value::NullKeyword(n) => JsonNode {
            kind: JsonKind::Null,
            span: sp(&n.range),
        },
        ast::Value::Array(a) => JsonNode {
            kind: JsonKind::Array(a.elements.iter().map(|e| convert(file, shift, e)).collect()),
            span: sp(&a.range),
        },
        ast::Value::Object(o) => JsonNode {
            kind: JsonKind::Object(
                o.properties
                    .iter()
                    .map(|p| {
                        let (key, key_range) = match &p.name {
                            ast::ObjectPropName::String(s) => (s.value.to_string(), s.range),
                            ast::ObjectPropName::Word(w) => (w.value.to_string(), w.range),
                        };
                        JsonProp {
                            key,
                            key_span: sp(&key_range),
                            value: convert(file, shift, &p.value),
                        }
                    })
                    .collect(),
            ),
            span: sp(&o.range),
        },
    }
}
