//! Secrets stay secret: values of attributes that hold credentials are masked wherever Posture
//! prints them (finding messages, related messages, and the source excerpts of the terminal
//! report). A masked value keeps its first and last two characters: `ab****yz`.

use crate::graph::{Graph, Node, NodeValue};
use crate::source::Span;

/// Attribute names that hold credentials (matched case-insensitively, as a part of the name).
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "private_key",
    "privatekey",
    "access_key",
    "accesskey",
    "api_key",
    "apikey",
    "credential",
    "connection_string",
    "auth_key",
    "master_key",
];

/// Name endings that describe a secret without holding one (`secret_arn`, `password_length`).
const NOT_SECRET_SUFFIXES: &[&str] = &[
    "_arn",
    "_id",
    "_ids",
    "_name",
    "_names",
    "_length",
    "_ttl",
    "_enabled",
    "_type",
    "_version",
    "_policy",
    "_rotation",
    "_path",
    "_ref",
    "_reference",
    "_count",
    "arn",
    "id",
    "name",
    "_required",
    "_reuse_prevention",
    "_age",
    "_wo_version",
];

/// True when an attribute of this name holds a credential.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase().replace('-', "_");
    let camel = k.replace('_', "");
    let named = SECRET_WORDS
        .iter()
        .any(|w| k.contains(w) || camel.contains(&w.replace('_', "")));
    named && !NOT_SECRET_SUFFIXES.iter().any(|s| k.ends_with(s))
}

/// `ab****yz`; short values are all stars.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() < 8 {
        return "****".to_string();
    }
    let head: String = chars[..2].iter().collect();
    let tail: String = chars[chars.len() - 2..].iter().collect();
    format!("{head}****{tail}")
}

/// The secret values of a graph: string values of credential attributes (at any depth) and the
/// data of Kubernetes Secrets, with their spans.
pub fn secrets(graph: &Graph) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for r in &graph.resources {
        if r.kind == "Secret" {
            for section in ["data", "stringData"] {
                for e in r.body.get(section).map(Node::entries).unwrap_or_default() {
                    if let Some(s) = e.node.as_str() {
                        push(&mut out, e.node.span, s);
                    }
                }
            }
        }
        walk(&r.body, false, &mut out);
    }
    out
}

fn push(out: &mut Vec<(Span, String)>, span: Span, value: &str) {
    // Short values and references are not worth masking, and masking them would hide ordinary
    // words that happen to be used as a credential too (`MINIO_ACCESS_KEY: minio`).
    if value.chars().count() >= 8 && !value.starts_with("arn:") && !value.contains("${") {
        out.push((span, value.to_string()));
    }
}

fn walk(n: &Node, secret: bool, out: &mut Vec<(Span, String)>) {
    match &n.value {
        NodeValue::String(s) if secret => push(out, n.span, s),
        NodeValue::List(items) => items.iter().for_each(|i| walk(i, secret, out)),
        NodeValue::Map(entries) => {
            for e in entries {
                // Kubernetes env entries: {name: DB_PASSWORD, value: ...}
                let env_secret = e.key == "value"
                    && entries
                        .iter()
                        .any(|x| x.key == "name" && x.node.as_str().is_some_and(is_secret_key));
                walk(&e.node, secret || is_secret_key(&e.key) || env_secret, out);
            }
        }
        _ => {}
    }
}

/// Masks every secret value that appears in `text`.
pub fn scrub(text: &str, secrets: &[(Span, String)]) -> String {
    let mut out = text.to_string();
    for (_, s) in secrets {
        if out.contains(s.as_str()) {
            out = out.replace(s.as_str(), &mask(s));
        }
    }
    out
}

/// A copy of a file's text with the bytes of secret spans replaced by `*` (byte offsets are
/// kept, so every other span still points at the right text).
pub fn mask_spans(text: &str, spans: impl Iterator<Item = Span>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for sp in spans {
        let (a, b) = (sp.start as usize, (sp.end as usize).min(bytes.len()));
        if a >= b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        // Keep the quotes of a quoted value.
        let (a, b) = match (text.as_bytes()[a], text.as_bytes()[b - 1]) {
            (b'"', b'"') | (b'\'', b'\'') if b - a >= 2 => (a + 1, b - 1),
            _ => (a, b),
        };
        for x in &mut bytes[a..b] {
            if *x != b'\n' && *x != b'\r' {
                *x = b'*';
            }
        }
    }
    // Only whole characters were replaced byte by byte with ASCII, so the text stays UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for k in [
            "password",
            "master_password",
            "DB_PASSWORD",
            "client_secret",
            "apiKey",
            "access_key",
            "github-token",
        ] {
            assert!(is_secret_key(k), "{k}");
        }
        for k in [
            "secret_arn",
            "password_length",
            "kms_key_id",
            "token_ttl",
            "secrets_manager_secret_id",
            "name",
        ] {
            assert!(!is_secret_key(k), "{k}");
        }
    }

    #[test]
    fn masking() {
        assert_eq!(mask("hunter2-prod"), "hu****od");
        assert_eq!(mask("abc"), "****");
        let t = "a = \"s3cr3t-value\"\n";
        let sp = Span::new(crate::source::FileId(0), 4, 18);
        assert_eq!(mask_spans(t, std::iter::once(sp)), "a = \"************\"\n");
        assert_eq!(
            scrub("uses s3cr3t-value", &[(sp, "s3cr3t-value".into())]),
            "uses s3****ue"
        );
    }
}
