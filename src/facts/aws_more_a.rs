//! Shared readings for the API Gateway, OpenSearch/Elasticsearch, Secrets Manager, SSM, ECS,
//! MSK and Kinesis checks: nested boolean settings, ECS container definitions (a JSON document
//! in a string attribute), and names or values that look like credentials.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::check::{Ctx, Setting, setting};
use crate::graph::{Entry, Graph, Node, NodeValue, Resource, ResourceId};
use crate::source::Span;
use crate::value::Value;

// ------------------------------------------------------------------------------------------
// Nested settings

/// A boolean setting inside an optional nested block (`encrypt_at_rest { enabled = ... }`).
#[derive(Debug, Clone, Copy)]
pub enum Nested {
    /// The block is not configured.
    NoBlock,
    /// The block or the attribute cannot be known statically (recorded on `cx`).
    Unknown,
    /// The effective value, with where to point: the attribute when set, the block header
    /// when the attribute is left out (the block's own default then applies).
    Value(bool, Span),
}

/// A nested block looked up on a node.
#[derive(Debug, Clone, Copy)]
pub enum Block<'a> {
    /// Not configured (missing, null or an empty list).
    Absent,
    /// Configured, but its value cannot be known statically.
    Unknown,
    /// The entry it hangs from and the block's body.
    Present(&'a Entry, &'a Node),
}

/// The first block (or map element of a list-valued attribute) under `key` of `node`.
pub fn first_block<'a>(node: &'a Node, key: &str) -> Block<'a> {
    let Some(entry) = node.entry(key) else {
        return Block::Absent;
    };
    match &entry.node.value {
        NodeValue::Null => Block::Absent,
        NodeValue::Unknown => Block::Unknown,
        NodeValue::List(items) => match items.first() {
            None => Block::Absent,
            Some(n) if n.is_unknown() => Block::Unknown,
            Some(n) => Block::Present(entry, n),
        },
        _ => Block::Present(entry, &entry.node),
    }
}

/// Reads the boolean `attr` of the first `block` of `node`; `default` applies when the block
/// is there without the attribute.
pub fn nested_bool(cx: &Ctx, node: &Node, block: &str, attr: &str, default: bool) -> Nested {
    let (entry, inner) = match first_block(node, block) {
        Block::Present(e, n) => (e, n),
        Block::Absent => return Nested::NoBlock,
        Block::Unknown => {
            if let Some(e) = node.entry(block) {
                cx.note_unknown(e.span(), block);
            }
            return Nested::Unknown;
        }
    };
    match setting(inner, attr) {
        Setting::Missing => Nested::Value(default, entry.key_span),
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), attr);
            Nested::Unknown
        }
        Setting::Set(e) => match e.node.as_bool() {
            Some(b) => Nested::Value(b, e.span()),
            None => Nested::Unknown,
        },
    }
}

/// A string attribute as checks need it: missing (or null), unknown, or known.
#[derive(Debug, Clone, Copy)]
pub enum Str<'a> {
    Missing,
    Unknown,
    Value(&'a str, &'a Entry),
}

/// Reads the string attribute `key` of `node`; an unknown value is recorded on `cx`.
pub fn str_in<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Str<'a> {
    match setting(node, key) {
        Setting::Missing => Str::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            Str::Unknown
        }
        Setting::Set(e) => match e.node.as_str() {
            Some(s) => Str::Value(s, e),
            None => Str::Unknown,
        },
    }
}

/// True when `attr` of resource `id` refers to some resource of one of `kinds` in the graph.
pub fn refers_to_kind(graph: &Graph, id: ResourceId, attr: &str, kinds: &[&str]) -> bool {
    graph
        .targets(id, attr)
        .any(|(_, r)| kinds.contains(&r.kind.as_str()))
}

// ------------------------------------------------------------------------------------------
// KMS keys

/// True when a KMS key id, ARN or alias names an AWS managed key (`alias/aws/...`).
pub fn is_aws_managed_key(key: &str) -> bool {
    let k = key.trim();
    k.starts_with("alias/aws/") || (k.starts_with("arn:") && k.contains(":alias/aws/"))
}

// ------------------------------------------------------------------------------------------
// OpenSearch / Elasticsearch

/// The domain kinds of the OpenSearch checks (`aws_elasticsearch_domain` is the older name).
pub const DOMAIN_KINDS: &[&str] = &["aws_opensearch_domain", "aws_elasticsearch_domain"];

/// The split access policy resources of the domain kinds.
pub const DOMAIN_POLICY_KINDS: &[&str] = &[
    "aws_opensearch_domain_policy",
    "aws_elasticsearch_domain_policy",
];

/// `OpenSearch domain` or `Elasticsearch domain`, for messages.
pub fn domain_noun(kind: &str) -> &'static str {
    if kind.contains("elasticsearch") {
        "Elasticsearch domain"
    } else {
        "OpenSearch domain"
    }
}

/// TLS policies of a domain endpoint that accept TLS 1.0 and 1.1.
pub fn domain_tls_policy_outdated(policy: &str) -> bool {
    policy
        .trim()
        .eq_ignore_ascii_case("Policy-Min-TLS-1-0-2019-07")
}

/// The domains a split domain policy resource applies to: by a reference of its
/// `domain_name`, or by a literal `domain_name` equal to a domain's. Empty when unresolved.
pub fn policy_domains<'a>(graph: &'a Graph, policy: ResourceId) -> Vec<(ResourceId, &'a Resource)> {
    let mut out: Vec<(ResourceId, &'a Resource)> = graph
        .targets(policy, "domain_name")
        .filter(|(_, r)| DOMAIN_KINDS.contains(&r.kind.as_str()))
        .collect();
    if out.is_empty()
        && let Some(name) = graph
            .get(policy)
            .body
            .get("domain_name")
            .and_then(Node::as_str)
    {
        let unit = &graph.get(policy).unit;
        out = graph
            .iter()
            .filter(|(_, r)| {
                DOMAIN_KINDS.contains(&r.kind.as_str())
                    && &r.unit == unit
                    && r.body.get("domain_name").and_then(Node::as_str) == Some(name)
            })
            .collect();
    }
    out
}

/// Whether a domain is reachable from the internet: `Some(true)` when it has no
/// `vpc_options` block, `Some(false)` in a VPC, `None` when that cannot be known.
pub fn domain_is_public(r: &Resource) -> Option<bool> {
    match first_block(&r.body, "vpc_options") {
        Block::Absent => Some(true),
        Block::Present(_, b) => {
            // An empty `subnet_ids` list leaves the domain public.
            match b.get("subnet_ids").map(|n| &n.value) {
                Some(NodeValue::List(l)) if l.is_empty() => Some(true),
                Some(NodeValue::Unknown) => None,
                _ => Some(false),
            }
        }
        Block::Unknown => None,
    }
}

/// Whether fine-grained access control demands that callers authenticate: `Some(true)` when
/// `advanced_security_options` is enabled without anonymous access, `None` when unknown.
pub fn domain_requires_authentication(r: &Resource) -> Option<bool> {
    let (_, b) = match first_block(&r.body, "advanced_security_options") {
        Block::Present(e, n) => (e, n),
        Block::Absent => return Some(false),
        Block::Unknown => return None,
    };
    let enabled = match setting(b, "enabled") {
        Setting::Missing => false,
        Setting::Unknown(_) => return None,
        Setting::Set(e) => e.node.as_bool()?,
    };
    if !enabled {
        return Some(false);
    }
    match setting(b, "anonymous_auth_enabled") {
        Setting::Missing => Some(true),
        Setting::Unknown(_) => None,
        Setting::Set(e) => e.node.as_bool().map(|anon| !anon),
    }
}

// ------------------------------------------------------------------------------------------
// ECS container definitions

/// One container of a task definition, as decoded from `container_definitions`. Unknown
/// values inside are kept as [`Value::Unknown`].
#[derive(Debug, Clone)]
pub struct Container {
    /// Position in the list (0-based).
    pub index: usize,
    pub fields: BTreeMap<String, Value>,
}

impl Container {
    /// A field by its JSON name (`privileged`, `logConfiguration`).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields.get(key).filter(|v| !matches!(v, Value::Null))
    }

    /// `container "web"`, or `container 2` when the name is not known.
    pub fn label(&self) -> String {
        match self.fields.get("name").and_then(Value::as_str) {
            Some(n) => format!("container \"{n}\""),
            None => format!("container {}", self.index + 1),
        }
    }

    /// A boolean field: `Some(b)` when known (`"true"` strings count), `None` when missing
    /// or unknown.
    pub fn flag(&self, key: &str) -> Option<bool> {
        self.get(key).and_then(Value::to_tf_bool)
    }
}

/// The containers of a task definition and the attribute they were read from.
pub struct ContainerDefinitions<'a> {
    pub entry: &'a Entry,
    pub containers: Vec<Container>,
}

impl ContainerDefinitions<'_> {
    /// Where a finding about a container points: the `container_definitions` attribute
    /// (the document is one string, so its parts have no spans of their own).
    pub fn span(&self) -> Span {
        self.entry.span()
    }
}

/// Reads `container_definitions` of an `aws_ecs_task_definition`: a JSON string (usually
/// `jsonencode([...])`), or, when its value is unknown as a whole, the partly known document
/// behind it. `None` (recorded on `cx`) when nothing of it is known. Elements that are unknown
/// or not objects are left out.
pub fn container_definitions<'a>(cx: &Ctx<'a>) -> Option<ContainerDefinitions<'a>> {
    let entry = cx.body().entry("container_definitions")?;
    let doc: Value = match &entry.node.value {
        NodeValue::String(s) => match serde_json::from_str::<serde_json::Value>(s.trim()) {
            Ok(j) => Value::from_json(&j),
            Err(_) => return None,
        },
        NodeValue::List(_) | NodeValue::Map(_) => entry.node.to_value(),
        NodeValue::Unknown => match cx.resource.partial(&entry.node) {
            Some(v) => v.clone(),
            None => {
                cx.note_unknown(entry.span(), "container_definitions");
                return None;
            }
        },
        _ => return None,
    };
    let items = match doc {
        Value::List(items) => items,
        // A single container object.
        m @ Value::Map(_) => vec![m],
        _ => {
            cx.note_unknown(entry.span(), "container_definitions");
            return None;
        }
    };
    let mut containers = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        match item {
            Value::Map(fields) => containers.push(Container { index, fields }),
            Value::Unknown => cx.note_unknown(entry.span(), "container_definitions"),
            _ => {}
        }
    }
    Some(ContainerDefinitions { entry, containers })
}

/// True when a container `user` value runs the process as root: `root` or UID `0`, alone or
/// with a group (`0:0`, `root:wheel`).
pub fn is_root_user(user: &str) -> bool {
    let u = user.trim();
    let who = u.split(':').next().unwrap_or(u).trim();
    who.eq_ignore_ascii_case("root") || who == "0"
}

// ------------------------------------------------------------------------------------------
// Credentials

/// Words that make a name a credential on their own.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "pass",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "accesskey",
    "secretkey",
    "privatekey",
    "credential",
    "credentials",
    "pat",
];

/// Words that, followed by `key`, name a credential (`API_KEY`, `SIGNING_KEY`).
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "access",
    "secret",
    "private",
    "auth",
    "signing",
    "sign",
    "encryption",
    "encrypt",
    "master",
    "license",
    "licence",
    "client",
    "session",
    "jwt",
    "hmac",
    "crypto",
    "cipher",
    "aes",
    "app",
    "account",
    "service",
];

/// Last words that make a name describe a credential without holding one (`SECRET_ARN`,
/// `PASSWORD_FILE`, `TOKEN_URL`).
const NOT_SECRET_LAST: &[&str] = &[
    "arn",
    "id",
    "ids",
    "name",
    "names",
    "length",
    "len",
    "ttl",
    "enabled",
    "enable",
    "disabled",
    "type",
    "version",
    "policy",
    "rotation",
    "path",
    "file",
    "dir",
    "url",
    "uri",
    "endpoint",
    "host",
    "port",
    "region",
    "count",
    "required",
    "age",
    "expiry",
    "expiration",
    "expires",
    "timeout",
    "header",
    "location",
    "ref",
    "reference",
    "param",
    "parameter",
    "prefix",
    "suffix",
    "format",
    "algorithm",
    "store",
    "manager",
    "provider",
    "source",
    "mode",
    "bucket",
    "link",
];

/// Splits a name into lowercase words at separators and camelCase humps:
/// `dbPassword` → `db`, `password`; `/prod/API_KEY` → `prod`, `api`, `key`.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// True when a variable or parameter name says it holds a credential: it contains a word
/// such as `password`, `secret` or `token`, or `key` qualified as a credential (`api_key`,
/// `signing_key`), and does not end in a word that only describes one (`_arn`, `_id`,
/// `_file`, `_url`, `_length`, ...).
pub fn is_secret_name(name: &str) -> bool {
    let words = name_words(name);
    let Some(last) = words.last() else {
        return false;
    };
    // `PWD` alone is the shell's working directory.
    if words.len() == 1 && last == "pwd" {
        return false;
    }
    // Keys meant to be published (`PUBLIC_KEY`, a publishable browser API key).
    if words.iter().any(|w| w == "public" || w == "publishable") {
        return false;
    }
    let secret_word = words.iter().any(|w| SECRET_WORDS.contains(&w.as_str()));
    let qualified_key = words
        .windows(2)
        .any(|p| p[1] == "key" && KEY_QUALIFIERS.contains(&p[0].as_str()));
    if !(secret_word || qualified_key) {
        return false;
    }
    // A trailing `key` is part of the credential's name (`API_KEY`); other descriptive
    // endings are not.
    if last == "key" {
        return qualified_key
            || words
                .iter()
                .rev()
                .nth(1)
                .is_some_and(|w| SECRET_WORDS.contains(&w.as_str()));
    }
    !NOT_SECRET_LAST.contains(&last.as_str())
}

/// Values that stand for "no value" rather than a credential.
const NON_VALUES: &[&str] = &[
    "none", "null", "nil", "true", "false", "yes", "no", "enabled", "disabled",
];

/// True when a literal value could be a credential: not empty, not a boolean or number,
/// not a reference to where the secret is kept (an ARN, an SSM or Secrets Manager
/// reference, a template placeholder).
pub fn is_plausible_secret_value(value: &str) -> bool {
    let v = value.trim();
    if v.chars().count() < 4 {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    if NON_VALUES.contains(&lower.as_str()) {
        return false;
    }
    if v.parse::<f64>().is_ok() {
        return false;
    }
    // A file path (where a credential file is mounted), or a URL without a password.
    if v.starts_with('/') || v.starts_with("./") || v.starts_with("~/") {
        return false;
    }
    if (lower.starts_with("https://") || lower.starts_with("http://"))
        && secret_value_kind(v).is_none()
    {
        return false;
    }
    !(lower.starts_with("arn:")
        || lower.starts_with("{{resolve:")
        || lower.starts_with("ssm:")
        || lower.starts_with("secretsmanager:")
        || v.contains("${")
        || v.contains("{{"))
}

static SECRET_VALUE_PATTERNS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    let pats: &[(&str, &'static str)] = &[
        (r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", "an AWS access key id"),
        (r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----", "a private key"),
        (r"\bgh[pousr]_[A-Za-z0-9]{30,}\b", "a GitHub token"),
        (r"\bgithub_pat_[A-Za-z0-9_]{40,}\b", "a GitHub token"),
        (r"\bxox[abposr]-[A-Za-z0-9-]{10,}", "a Slack token"),
        (
            r"\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b",
            "a Stripe secret key",
        ),
        (r"\bAIza[0-9A-Za-z_-]{35}\b", "a Google API key"),
        (r"\bglpat-[A-Za-z0-9_-]{20,}\b", "a GitLab token"),
        (
            r"[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:[^/\s@]+@",
            "a connection string with a password",
        ),
    ];
    pats.iter()
        .filter_map(|(p, what)| Regex::new(p).ok().map(|r| (r, *what)))
        .collect()
});

/// What a value looks like when it has the shape of a well-known credential (an AWS access
/// key id, a private key, a GitHub token, a URL with a password), else `None`.
pub fn secret_value_kind(value: &str) -> Option<&'static str> {
    SECRET_VALUE_PATTERNS
        .iter()
        .find(|(re, _)| re.is_match(value))
        .map(|(_, what)| *what)
}

/// Masks a credential for a message: `ab****yz`.
pub fn mask(value: &str) -> String {
    crate::redact::mask(value.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for n in [
            "DB_PASSWORD",
            "dbPassword",
            "/prod/app/db-password",
            "API_KEY",
            "STRIPE_SECRET_KEY",
            "AWS_SECRET_ACCESS_KEY",
            "GITHUB_TOKEN",
            "client_secret",
            "SIGNING_KEY",
            "REDIS_PASS",
            "/app/credentials",
        ] {
            assert!(is_secret_name(n), "{n}");
        }
        for n in [
            "DB_PASSWORD_FILE",
            "SECRET_ARN",
            "AWS_ACCESS_KEY_ID",
            "TOKEN_URL",
            "PASSWORD_MIN_LENGTH",
            "S3_KEY",
            "KMS_KEY",
            "PARTITION_KEY",
            "DB_HOST",
            "PASSPORT_ENABLED",
            "/prod/app/secret-name",
            "NEXT_PUBLIC_API_KEY",
            "PASSWORD_RESET_LINK",
            "SECRETS_MANAGER_ENDPOINT",
            "public_key",
        ] {
            assert!(!is_secret_name(n), "{n}");
        }
    }

    #[test]
    fn secret_values() {
        assert_eq!(
            secret_value_kind("AKIAIOSFODNN7EXAMPLE"),
            Some("an AWS access key id")
        );
        assert_eq!(
            secret_value_kind("postgres://app:hunter2@db.internal:5432/app"),
            Some("a connection string with a password")
        );
        assert_eq!(secret_value_kind("https://example.com/path"), None);
        assert_eq!(secret_value_kind("us-east-1"), None);
        assert!(is_plausible_secret_value("s3cr3t-value"));
        assert!(!is_plausible_secret_value(""));
        assert!(!is_plausible_secret_value("true"));
        assert!(!is_plausible_secret_value("5432"));
        assert!(!is_plausible_secret_value("/secrets/gcp.json"));
        assert!(!is_plausible_secret_value("https://example.com/reset"));
        assert!(is_plausible_secret_value(
            "https://user:pa55word@example.com/"
        ));
        assert!(!is_plausible_secret_value(
            "arn:aws:secretsmanager:us-east-1:1:secret:x"
        ));
        assert_eq!(mask("hunter2-prod"), "hu****od");
    }

    #[test]
    fn root_users() {
        assert!(is_root_user("root"));
        assert!(is_root_user("0"));
        assert!(is_root_user("0:0"));
        assert!(is_root_user("root:wheel"));
        assert!(!is_root_user("1000"));
        assert!(!is_root_user("nginx"));
        assert!(!is_root_user("1000:0"));
    }

    #[test]
    fn managed_keys() {
        assert!(is_aws_managed_key("alias/aws/secretsmanager"));
        assert!(is_aws_managed_key(
            "arn:aws:kms:us-east-1:123456789012:alias/aws/kinesis"
        ));
        assert!(!is_aws_managed_key("alias/app"));
        assert!(!is_aws_managed_key(
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd"
        ));
    }
}
