//! Secrets stay secret: credentials are masked wherever Posture prints them (finding messages,
//! related messages, problems, and the source excerpts of the terminal report; every report
//! format and the language server read the same scrubbed messages). A masked value keeps its
//! first and last two characters: `ab****yz`.
//!
//! A value is secret when
//! - an attribute named as a credential holds it (`password`, `client_secret`, Kubernetes
//!   `Secret` data, an env entry named `DB_PASSWORD`);
//! - a Terraform variable or output declared `sensitive = true` holds it, or it is a string
//!   derived from such a value (interpolated into it: `"postgres://app:${var.pw}@db"`);
//! - its content has the shape of a credential wherever it is (an `AKIA…` access key id, a
//!   private key, a GitHub/GitLab/Slack/Stripe/Google token, the password of a connection
//!   string, `DB_PASSWORD=…` in a script or user data).

use std::sync::LazyLock;

use regex::Regex;

use crate::graph::{Graph, Node, NodeValue};
use crate::source::{FileId, Span};

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
    // Called on every attribute name of every resource: no allocation for ordinary names.
    const STACK: usize = 96;
    if key.len() > STACK {
        return is_secret_key_long(key);
    }
    // `k`: lower case, `-` as `_` (for the suffixes); `camel`: lower case without separators
    // (for the words: a word with underscores is found in `k` exactly when it is found, without
    // them, in `camel`).
    let (mut k, mut camel) = ([0u8; STACK], [0u8; STACK]);
    let (mut kl, mut cl) = (0, 0);
    for b in key.bytes() {
        let b = match b.to_ascii_lowercase() {
            b'-' => b'_',
            b => b,
        };
        k[kl] = b;
        kl += 1;
        if b != b'_' {
            camel[cl] = b;
            cl += 1;
        }
    }
    let (k, camel) = (&k[..kl], &camel[..cl]);
    let named = SECRET_WORDS_JOINED
        .iter()
        .any(|w| camel.windows(w.len()).any(|x| x == w.as_bytes()));
    named
        && !NOT_SECRET_SUFFIXES
            .iter()
            .any(|s| k.ends_with(s.as_bytes()))
}

/// [`SECRET_WORDS`] without their underscores.
const SECRET_WORDS_JOINED: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "privatekey",
    "accesskey",
    "apikey",
    "credential",
    "connectionstring",
    "authkey",
    "masterkey",
];

fn is_secret_key_long(key: &str) -> bool {
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

/// The secret values of a graph, with their spans: string values of credential attributes (at
/// any depth), the data of Kubernetes Secrets, `sensitive = true` values and strings derived
/// from them, and credentials recognised by their content. A value with no place of its own
/// in the source (a sensitive value, a credential inside a longer string) has an empty span:
/// it is masked by its text wherever it appears.
pub fn secrets(graph: &Graph) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let sensitive: Vec<&str> = graph
        .sensitive
        .iter()
        .map(String::as_str)
        .filter(|s| worth_masking(s))
        .collect();
    for s in &sensitive {
        out.push((Span::default(), (*s).to_string()));
    }
    let tainted = (!sensitive.is_empty())
        .then(|| aho_corasick::AhoCorasick::new(&sensitive).ok())
        .flatten();
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
        every_string(&r.body, &mut |n, s| {
            let at = Span::new(n.span.file, n.span.start as usize, n.span.start as usize);
            if tainted.as_ref().is_some_and(|t| t.is_match(s)) {
                out.push((at, s.to_string()));
            }
            for c in content_secrets(s) {
                push(&mut out, at, c);
            }
        });
    }
    out.sort_by(|a, b| (a.0.file, a.0.start, &a.1).cmp(&(b.0.file, b.0.start, &b.1)));
    out.dedup();
    out
}

/// The strings of `plain` that derive from sensitive values: those whose value differs in
/// `hidden`, the same configuration lowered with every sensitive value unknown. Resources are
/// matched by address and values by position.
pub fn derived(plain: &Graph, hidden: &Graph) -> Vec<String> {
    let by_address: std::collections::HashMap<(&str, Option<&str>), &Node> = hidden
        .resources
        .iter()
        .map(|r| ((r.address.as_str(), r.variant.as_deref()), &r.body))
        .collect();
    let mut out = Vec::new();
    for r in &plain.resources {
        match by_address.get(&(r.address.as_str(), r.variant.as_deref())) {
            Some(h) => diff(&r.body, Some(h), &mut out),
            // Instances that exist only because of a sensitive value.
            None => diff(&r.body, None, &mut out),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn diff(plain: &Node, hidden: Option<&Node>, out: &mut Vec<String>) {
    match (&plain.value, hidden.map(|h| &h.value)) {
        (NodeValue::String(s), Some(NodeValue::String(t))) if s == t => {}
        (NodeValue::String(s), _) if worth_masking(s) => out.push(s.clone()),
        (NodeValue::List(a), Some(NodeValue::List(b))) => {
            for (i, x) in a.iter().enumerate() {
                diff(x, b.get(i), out);
            }
        }
        (NodeValue::Map(a), Some(NodeValue::Map(b))) => {
            for (i, e) in a.iter().enumerate() {
                // Same position, else (small maps only: this stays linear) the same key.
                let h = b
                    .get(i)
                    .filter(|h| h.key == e.key)
                    .or_else(|| (b.len() <= 32).then(|| b.iter().find(|h| h.key == e.key))?);
                diff(&e.node, h.map(|h| &h.node), out);
            }
        }
        (NodeValue::List(a), _) => a.iter().for_each(|x| diff(x, None, out)),
        (NodeValue::Map(a), _) => a.iter().for_each(|e| diff(&e.node, None, out)),
        _ => {}
    }
}

fn every_string<'a>(n: &'a Node, f: &mut dyn FnMut(&'a Node, &'a str)) {
    match &n.value {
        NodeValue::String(s) => f(n, s),
        NodeValue::List(items) => items.iter().for_each(|i| every_string(i, f)),
        NodeValue::Map(entries) => entries.iter().for_each(|e| every_string(&e.node, f)),
        _ => {}
    }
}

/// Shapes of well-known credentials; group 1, when there is one, is the secret part.
static CREDENTIAL_SHAPES: LazyLock<Vec<Regex>> =
    LazyLock::new(|| SHAPES.iter().filter_map(|p| Regex::new(p).ok()).collect());

/// All shapes at once: most strings match none, and one pass tells.
static ANY_SHAPE: LazyLock<Option<regex::RegexSet>> =
    LazyLock::new(|| regex::RegexSet::new(SHAPES).ok());

const SHAPES: &[&str] = &[
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----(?s:.*?)(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|\z)",
    r"\bgh[pousr]_[A-Za-z0-9]{30,}\b",
    r"\bgithub_pat_[A-Za-z0-9_]{40,}\b",
    r"\bxox[abposr]-[A-Za-z0-9-]{10,}",
    r"\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b",
    r"\bAIza[0-9A-Za-z_-]{35}\b",
    r"\bglpat-[A-Za-z0-9_-]{20,}\b",
    // The password of a connection string.
    r"[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:([^/\s@]+)@",
    // `NAME=value`, `NAME: value`, `--name=value` in a script, env file or cloud-config.
    r#"(?m)(?:^|[\s;{,(])(?:export\s+|set\s+|-{1,2})?["']?([A-Za-z_][A-Za-z0-9_.\-]*["']?[ \t]*[:=][ \t]*(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s"';,)}]+))"#,
];

/// The credentials inside a string, recognised by their shape (see the module header).
pub fn content_secrets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let matched = match ANY_SHAPE.as_ref() {
        Some(set) => set.matches(text),
        None => return out,
    };
    let last = CREDENTIAL_SHAPES.len().saturating_sub(1);
    for (i, re) in CREDENTIAL_SHAPES.iter().enumerate() {
        if !matched.matched(i) {
            continue;
        }
        for c in re.captures_iter(text) {
            if i == last {
                if let Some(v) = c.get(1).and_then(|m| assigned_secret(m.as_str())) {
                    out.push(v);
                }
                continue;
            }
            if let Some(m) = c.get(1).or(c.get(0)) {
                out.push(m.as_str());
            }
        }
    }
    out
}

/// The value of `NAME=value` when the name says it is a credential and the value could be one.
fn assigned_secret(assignment: &str) -> Option<&str> {
    let at = assignment.find([':', '='])?;
    let name = assignment[..at].trim().trim_matches(['"', '\'']);
    let value = assignment[at + 1..].trim().trim_matches(['"', '\'']).trim();
    let expansion = value.starts_with(['$', '`', '<']) || value.starts_with("%{");
    (crate::facts::aws_more_a::is_secret_name(name)
        && !expansion
        && crate::facts::aws_more_a::is_plausible_secret_value(value))
    .then_some(value)
}

fn push(out: &mut Vec<(Span, String)>, span: Span, value: &str) {
    if worth_masking(value) {
        out.push((span, value.to_string()));
    }
}

/// Short values and references are not worth masking, and masking them would hide ordinary
/// words that happen to be used as a credential too (`MINIO_ACCESS_KEY: minio`).
fn worth_masking(value: &str) -> bool {
    value.chars().count() >= 8 && !value.starts_with("arn:") && !value.contains("${")
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

/// Finds the secret values of a scan in any text, all at once (one automaton, so that a scan
/// with many secrets and many findings stays linear).
pub struct Scrubber {
    values: Vec<String>,
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Scrubber {
    pub fn new(secrets: &[(Span, String)]) -> Scrubber {
        let mut values: Vec<String> = secrets
            .iter()
            .map(|(_, s)| s.clone())
            .filter(|s| !s.is_empty())
            .collect();
        values.sort_unstable();
        values.dedup();
        // Leftmost-longest: a string derived from a secret is masked as a whole.
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&values)
            .ok();
        Scrubber { values, matcher }
    }

    /// Every occurrence of a secret value in `text`: (byte range, the value). An occurrence
    /// inside a longer word is not one (a secret `password` leaves "passwords" alone).
    fn find<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str)> {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.matcher.iter().flat_map(move |m| {
            m.find_iter(text).filter_map(move |hit| {
                let v = self.values.get(hit.pattern().as_usize())?;
                let r = hit.range();
                let joined_before =
                    word(v.chars().next()) && word(text[..r.start].chars().next_back());
                let joined_after =
                    word(v.chars().next_back()) && word(text[r.end..].chars().next());
                (!joined_before && !joined_after).then_some((r, v.as_str()))
            })
        })
    }

    /// `text` with every secret value masked (`ab****yz`).
    pub fn scrub(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (range, v) in self.find(text) {
            out.push_str(&text[last..range.start]);
            out.push_str(&mask(v));
            last = range.end;
        }
        out.push_str(&text[last..]);
        out
    }

    /// A copy of a file's text for excerpts: the bytes of the secret spans of this file, and of
    /// every occurrence of a secret value, replaced by `*` (see [`mask_spans`]).
    pub fn mask_text(&self, text: &str, secrets: &[(Span, String)], file: FileId) -> String {
        // A secret's span covers the expression that gives it; when that is only a reference
        // (`var.db_password`) the secret is not in it, and the literal is masked where it is.
        let spans = secrets
            .iter()
            .filter(|(sp, _)| sp.file == file && sp.start < sp.end)
            .filter(|(sp, _)| {
                !text
                    .get(sp.start as usize..sp.end as usize)
                    .is_some_and(is_plain_reference)
            })
            .map(|(sp, _)| *sp);
        let hits: Vec<Span> = self
            .find(text)
            .map(|(r, _)| Span::new(file, r.start, r.end))
            .collect();
        mask_spans(text, spans.chain(hits))
    }
}

/// Masks every secret value that appears in `text` (see [`Scrubber::scrub`]).
pub fn scrub(text: &str, secrets: &[(Span, String)]) -> String {
    Scrubber::new(secrets).scrub(text)
}

/// See [`Scrubber::mask_text`].
pub fn mask_text(text: &str, secrets: &[(Span, String)], file: FileId) -> String {
    Scrubber::new(secrets).mask_text(text, secrets, file)
}

/// `var.x`, `local.creds.password`, `module.db.password`, `each.value["pw"]`: a traversal that
/// holds no literal text of its own.
fn is_plain_reference(s: &str) -> bool {
    let s = s.trim();
    s.contains('.')
        && s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']' | '"' | '*')
        })
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
    #[test]
    fn references_are_not_masked_but_the_literal_they_lead_to_is() {
        let text = "variable \"pw\" {\n  default = \"hunter2-long-pass\"\n}\nresource \"x\" \"y\" {\n  password = var.pw\n  token    = \"tok-${var.pw}\"\n}\n";
        let file = crate::source::FileId(0);
        let at = |needle: &str| {
            let start = text.find(needle).expect("needle");
            Span::new(file, start, start + needle.len())
        };
        let secrets = vec![
            (at("\"hunter2-long-pass\""), "hunter2-long-pass".to_string()),
            (at("var.pw\n"), "hunter2-long-pass".to_string()),
            (at("\"tok-${var.pw}\""), "tok-hunter2-long-pass".to_string()),
        ];
        let masked = super::mask_text(text, &secrets, file);
        assert_eq!(
            masked,
            "variable \"pw\" {\n  default = \"*****************\"\n}\nresource \"x\" \"y\" {\n  password = var.pw\n  token    = \"*************\"\n}\n"
        );
    }

    #[test]
    fn secret_key_fast_path_agrees_with_the_definition() {
        for w in SECRET_WORDS {
            assert!(
                SECRET_WORDS_JOINED.contains(&w.replace('_', "").as_str()),
                "{w}"
            );
        }
        let keys = [
            "password",
            "db_password",
            "DB-PASSWORD",
            "dbPassword",
            "masterUserPassword",
            "secret_arn",
            "client_secret",
            "ClientSecret",
            "access_key",
            "AccessKeyId",
            "access-key",
            "api_key",
            "apiKey",
            "API_KEY_ID",
            "token",
            "token_id",
            "tokens",
            "private_key_pem",
            "PrivateKey",
            "connection_string",
            "ConnectionStrings",
            "password_length",
            "max_password_age",
            "name",
            "bucket",
            "",
            "_",
            "-",
            "ß_secret",
            "auth_key",
            "authKeyName",
            "master_key_ref",
            "credentials",
            "credential_path",
            "passwd",
            "pass_wd",
            "sec-ret",
            "s_e_c_r_e_t",
        ];
        for k in keys {
            assert_eq!(is_secret_key(k), is_secret_key_long(k), "{k}");
        }
        let long = format!("{}_password", "x".repeat(200));
        assert!(is_secret_key(&long));
    }

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
        let weak = [(sp, "password".to_string())];
        assert_eq!(
            scrub("password; passwords, (password)", &weak),
            "pa****rd; passwords, (pa****rd)"
        );
    }
}
