//! Amazon S3 buckets and the resources that configure them: the split resources of AWS
//! provider v4+ (`aws_s3_bucket_versioning`, ...), bucket policies (inline, JSON or an
//! `aws_iam_policy_document` data source), and whether a bucket receives access logs.

use crate::check::{Ctx, Setting, setting};
use crate::graph::{Entry, Mode, Node, NodeValue, Resource, ResourceId};
use crate::policy::{PolicyDocument, Statement};
use crate::source::Span;

pub const BUCKET: &str = "aws_s3_bucket";
pub const BUCKET_POLICY: &str = "aws_s3_bucket_policy";
pub const BUCKET_ACL: &str = "aws_s3_bucket_acl";
pub const BUCKET_LOGGING: &str = "aws_s3_bucket_logging";
pub const BUCKET_VERSIONING: &str = "aws_s3_bucket_versioning";
pub const BUCKET_ENCRYPTION: &str = "aws_s3_bucket_server_side_encryption_configuration";
pub const BUCKET_WEBSITE: &str = "aws_s3_bucket_website_configuration";
pub const BUCKET_PUBLIC_ACCESS_BLOCK: &str = "aws_s3_bucket_public_access_block";
pub const ACCOUNT_PUBLIC_ACCESS_BLOCK: &str = "aws_s3_account_public_access_block";

/// The four flags of a public access block (bucket or account level); each defaults to false.
pub const PUBLIC_ACCESS_BLOCK_FLAGS: [&str; 4] = [
    "block_public_acls",
    "block_public_policy",
    "ignore_public_acls",
    "restrict_public_buckets",
];

/// Split resources of `kind` that configure the bucket `cx` runs on through their `bucket`
/// attribute (a reference, or a literal equal to the bucket's name).
pub fn split_configs<'a>(cx: &Ctx<'a>, kind: &str) -> Vec<&'a Resource> {
    split_config_ids(cx, kind)
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}

/// [`split_configs`] with the id of each resource.
pub fn split_config_ids<'a>(cx: &Ctx<'a>, kind: &str) -> Vec<(ResourceId, &'a Resource)> {
    let mut out: Vec<(ResourceId, &'a Resource)> =
        cx.graph.referrers(cx.id, kind, "bucket").collect();
    if let Some(name) = cx.body().get("bucket").and_then(Node::as_str) {
        for (id, r) in cx.graph.of_kind(kind) {
            if r.body.get("bucket").and_then(Node::as_str) == Some(name)
                && !out.iter().any(|(x, _)| *x == id)
            {
                out.push((id, r));
            }
        }
    }
    out
}

/// What is known about a companion resource of the bucket `cx` runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Companion {
    /// At least one resource of the kind configures this bucket.
    Present,
    /// None does, but one whose `bucket` could not be resolved might.
    Maybe,
    /// None does, and none could.
    Absent,
}

/// Whether a split resource of `kind` configures the bucket `cx` runs on.
pub fn companion(cx: &Ctx, kind: &str) -> Companion {
    if !split_configs(cx, kind).is_empty() {
        Companion::Present
    } else if cx.maybe_configured_by(kind, "bucket") {
        Companion::Maybe
    } else {
        Companion::Absent
    }
}

/// True when an account-level public access block in the same configuration could cover the
/// bucket: one exists and none of its four flags is known to be off.
pub fn account_block_covers(cx: &Ctx) -> bool {
    cx.graph.of_kind(ACCOUNT_PUBLIC_ACCESS_BLOCK).any(|(_, r)| {
        PUBLIC_ACCESS_BLOCK_FLAGS
            .iter()
            .all(|flag| match setting(&r.body, flag) {
                Setting::Missing => false,
                Setting::Unknown(_) => true,
                Setting::Set(e) => e.node.as_bool() != Some(false),
            })
    })
}

/// True when the bucket `cx` runs on serves a static website (inline `website` block or an
/// `aws_s3_bucket_website_configuration`), possibly.
pub fn is_website(cx: &Ctx) -> bool {
    cx.body().entry("website").is_some() || companion(cx, BUCKET_WEBSITE) != Companion::Absent
}

/// True when the bucket `cx` runs on receives S3 server access logs of other buckets: it is
/// the target of an `aws_s3_bucket_logging` (its `target_bucket`, or any reference other
/// than `bucket`) or of another bucket's inline `logging` block, it has the
/// `log-delivery-write` ACL, or its policy lets the S3 logging service write to it.
pub fn receives_access_logs(cx: &Ctx) -> bool {
    if !cx
        .configured_by(BUCKET_LOGGING, "target_bucket", "bucket")
        .is_empty()
    {
        return true;
    }
    let referred_as_target = cx.graph.edges.iter().any(|e| {
        e.to == cx.id
            && !matches!(e.attr.as_str(), "bucket" | "depends_on")
            && cx.graph.get(e.from).kind == BUCKET_LOGGING
    });
    if referred_as_target
        || cx
            .graph
            .referrers(cx.id, BUCKET, "logging")
            .next()
            .is_some()
    {
        return true;
    }
    if let Some(name) = cx.body().get("bucket").and_then(Node::as_str) {
        let inline_target = cx.graph.of_kind(BUCKET).any(|(_, r)| {
            r.body
                .blocks("logging")
                .any(|l| l.get("target_bucket").and_then(Node::as_str) == Some(name))
        });
        if inline_target {
            return true;
        }
    }
    let log_acl = |n: &Node| n.get("acl").and_then(Node::as_str) == Some("log-delivery-write");
    if log_acl(cx.body())
        || split_configs(cx, BUCKET_ACL)
            .iter()
            .any(|r| log_acl(&r.body))
    {
        return true;
    }
    let grants_log_delivery = |p: &ReadPolicy| {
        p.statements.iter().any(|s| {
            s.stmt.allow
                && s.stmt.principals.iter().any(|(ty, id)| {
                    ty.eq_ignore_ascii_case("Service") && id == "logging.s3.amazonaws.com"
                })
        })
    };
    let inline = cx
        .body()
        .entry("policy")
        .and_then(|e| read_policy(cx, cx.id, e));
    if inline.as_ref().is_some_and(grants_log_delivery) {
        return true;
    }
    split_config_ids(cx, BUCKET_POLICY).iter().any(|(id, r)| {
        r.body
            .entry("policy")
            .and_then(|e| read_policy(cx, *id, e))
            .as_ref()
            .is_some_and(grants_log_delivery)
    })
}

/// True when the bucket `cx` runs on receives CloudFront standard logs: a distribution's
/// `logging_config` refers to it, or its ACL grants access to the CloudFront log delivery
/// account (`data.aws_cloudfront_log_delivery_canonical_user_id`).
pub fn receives_cloudfront_logs(cx: &Ctx) -> bool {
    if cx
        .graph
        .referrers(cx.id, "aws_cloudfront_distribution", "logging_config")
        .next()
        .is_some()
    {
        return true;
    }
    let log_delivery = |id| {
        cx.graph.edges.iter().any(|e| {
            e.from == id && {
                let to = cx.graph.get(e.to);
                to.mode == Mode::Data && to.kind == "aws_cloudfront_log_delivery_canonical_user_id"
            }
        })
    };
    log_delivery(cx.id)
        || split_config_ids(cx, BUCKET_ACL)
            .iter()
            .any(|(id, _)| log_delivery(*id))
}

/// True when the bucket `cx` runs on is a log bucket: it receives S3 server access logs or
/// CloudFront standard logs.
pub fn is_log_bucket(cx: &Ctx) -> bool {
    receives_access_logs(cx) || receives_cloudfront_logs(cx)
}

/// One statement of a policy as far as it is known.
#[derive(Debug, Clone)]
pub struct PolicyStatement {
    /// The known parts: unknown actions and resources are left out.
    pub stmt: Statement,
    /// False when the effect, the principals or the condition could not be known.
    pub certain: bool,
    /// The `statement` block of the `aws_iam_policy_document` it came from, if any.
    pub span: Option<Span>,
}

/// A policy read from a `policy` attribute.
#[derive(Debug, Clone)]
pub struct ReadPolicy {
    pub statements: Vec<PolicyStatement>,
    /// The `aws_iam_policy_document` data source header, when the policy was read from it.
    pub source: Option<Span>,
}

impl ReadPolicy {
    /// True when every statement is fully known.
    pub fn certain(&self) -> bool {
        self.statements.iter().all(|s| s.certain)
    }
}

/// Reads the policy in `entry` (an attribute of `owner`): a known JSON document, or else the
/// single `aws_iam_policy_document` data source it refers to, read statement by statement so
/// that unknown resource ARNs (`"${aws_s3_bucket.b.arn}/*"`) do not hide the rest. `None` when
/// the policy cannot be read.
pub fn read_policy(cx: &Ctx, owner: ResourceId, entry: &Entry) -> Option<ReadPolicy> {
    let node = &entry.node;
    if !contains_unknown(node) {
        let doc = PolicyDocument::from_node(node)?;
        return Some(ReadPolicy {
            statements: doc
                .statements
                .into_iter()
                .map(|stmt| PolicyStatement {
                    stmt,
                    certain: true,
                    span: None,
                })
                .collect(),
            source: None,
        });
    }
    // The attribute refers to exactly one resource: a policy document data source.
    let mut targets = cx.graph.targets(owner, &entry.key);
    let (_, data) = targets.next()?;
    if targets.next().is_some() || data.mode != Mode::Data || data.kind != "aws_iam_policy_document"
    {
        return None;
    }
    // A document with nothing unknown renders its `json`: if the attribute is unknown
    // anyway, its value does not come (only) from this document.
    if !contains_unknown(&data.body) {
        return None;
    }
    read_policy_document(data)
}

fn contains_unknown(node: &Node) -> bool {
    match &node.value {
        NodeValue::Unknown => true,
        NodeValue::List(l) => l.iter().any(contains_unknown),
        NodeValue::Map(m) => m.iter().any(|e| contains_unknown(&e.node)),
        _ => false,
    }
}

/// Reads an `aws_iam_policy_document` data source from its arguments. `None` when it merges
/// other documents (their content is not known here).
fn read_policy_document(data: &Resource) -> Option<ReadPolicy> {
    for merged in [
        "source_policy_documents",
        "override_policy_documents",
        "source_json",
        "override_json",
    ] {
        if data.body.get(merged).is_some_and(|n| !n.is_null()) {
            return None;
        }
    }
    let statements = data
        .body
        .entries()
        .iter()
        .filter(|e| e.key == "statement")
        .flat_map(|e| match &e.node.value {
            NodeValue::List(items) => items.iter().map(|n| (n, n.span)).collect::<Vec<_>>(),
            _ => vec![(&e.node, e.key_span)],
        })
        .map(|(n, span)| read_statement(n, span))
        .collect();
    Some(ReadPolicy {
        statements,
        source: Some(data.span),
    })
}

fn known_strings(node: Option<&Node>) -> Vec<String> {
    match node.map(|n| &n.value) {
        Some(NodeValue::String(s)) => vec![s.clone()],
        Some(NodeValue::List(items)) => items
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// All strings of a list (or single string) attribute, `None` if any is unknown.
fn all_strings(node: Option<&Node>) -> Option<Vec<String>> {
    match node.map(|n| &n.value) {
        None | Some(NodeValue::Null) => Some(Vec::new()),
        Some(NodeValue::String(s)) => Some(vec![s.clone()]),
        Some(NodeValue::List(items)) => items
            .iter()
            .map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => None,
    }
}

fn read_statement(n: &Node, span: Span) -> PolicyStatement {
    let mut certain = !n.is_unknown();
    let allow = match setting(n, "effect") {
        Setting::Missing => true,
        Setting::Unknown(_) => {
            certain = false;
            true
        }
        Setting::Set(e) => match e.node.as_str() {
            Some(s) => s.eq_ignore_ascii_case("allow"),
            None => {
                certain = false;
                true
            }
        },
    };
    let mut principals = Vec::new();
    for p in n.blocks("principals") {
        let ty = p.get("type").and_then(Node::as_str);
        let ids = all_strings(p.get("identifiers"));
        match (ty, ids) {
            (Some(ty), Some(ids)) => {
                for id in ids {
                    principals.push((ty.to_string(), id));
                }
            }
            _ => certain = false,
        }
    }
    let has_not_principal = n.blocks("not_principals").next().is_some();
    let mut condition: Option<serde_json::Map<String, serde_json::Value>> = None;
    for c in n.blocks("condition") {
        let test = c.get("test").and_then(Node::as_str);
        let var = c.get("variable").and_then(Node::as_str);
        let values = all_strings(c.get("values"));
        match (test, var, values) {
            (Some(test), Some(var), Some(values)) => {
                let cond = condition.get_or_insert_with(Default::default);
                let entry = cond
                    .entry(test.to_string())
                    .or_insert_with(|| serde_json::Value::Object(Default::default()));
                if let serde_json::Value::Object(o) = entry {
                    o.insert(
                        var.to_string(),
                        serde_json::Value::Array(values.into_iter().map(Into::into).collect()),
                    );
                }
            }
            _ => {
                certain = false;
                condition.get_or_insert_with(Default::default);
            }
        }
    }
    PolicyStatement {
        stmt: Statement {
            sid: n.get("sid").and_then(Node::as_str).map(str::to_string),
            allow,
            actions: known_strings(n.get("actions")),
            not_actions: known_strings(n.get("not_actions")),
            resources: known_strings(n.get("resources")),
            not_resources: known_strings(n.get("not_resources")),
            principals,
            has_not_principal,
            condition: condition.map(serde_json::Value::Object),
        },
        certain,
        span: Some(span),
    }
}

/// True when the statement allows everyone (`"*"` or `{"AWS": "*"}`) with no condition.
pub fn is_public_allow(s: &PolicyStatement) -> bool {
    s.certain && s.stmt.allow && s.stmt.has_public_principal() && s.stmt.condition.is_none()
}

/// True when the statement denies everyone any request made without TLS: a `Deny` with the
/// condition `"Bool": {"aws:SecureTransport": "false"}`.
pub fn denies_insecure_transport(s: &PolicyStatement) -> bool {
    if !s.certain || s.stmt.allow || !s.stmt.has_public_principal() {
        return false;
    }
    let Some(serde_json::Value::Object(cond)) = &s.stmt.condition else {
        return false;
    };
    cond.iter()
        .filter(|(op, _)| op.eq_ignore_ascii_case("Bool"))
        .filter_map(|(_, v)| v.as_object())
        .flat_map(|o| o.iter())
        .filter(|(k, _)| k.eq_ignore_ascii_case("aws:SecureTransport"))
        .any(|(_, v)| is_false(v))
}

fn is_false(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Bool(b) => !b,
        serde_json::Value::String(s) => s.eq_ignore_ascii_case("false"),
        serde_json::Value::Array(a) => !a.is_empty() && a.iter().all(is_false),
        _ => false,
    }
}

/// Reports a public access block (bucket or account level) whose `flag` is off: `false`, or
/// not set (the provider default is `false`). `effect` says what that allows.
pub fn report_block_flag(cx: &Ctx, flag: &str, effect: &str) {
    let what = if cx.resource.kind == ACCOUNT_PUBLIC_ACCESS_BLOCK {
        "account public access block"
    } else {
        "public access block"
    };
    match cx.setting(flag) {
        Setting::Missing => cx.report_missing(format!(
            "{what} does not set `{flag}` (default false), so {effect}"
        )),
        Setting::Set(e) if e.node.as_bool() == Some(false) => cx.report(
            e.span(),
            format!("{what} sets `{flag} = false`, so {effect}"),
        ),
        _ => {}
    }
}

/// The buckets a split resource `cx` runs on configures through `bucket`: by reference, or
/// by a literal equal to a bucket's name.
pub fn configured_buckets(cx: &Ctx) -> Vec<ResourceId> {
    let mut out: Vec<ResourceId> = cx
        .graph
        .targets(cx.id, "bucket")
        .filter(|(_, r)| r.kind == BUCKET)
        .map(|(id, _)| id)
        .collect();
    if let Some(name) = cx.body().get("bucket").and_then(Node::as_str) {
        for (id, r) in cx.graph.of_kind(BUCKET) {
            if r.body.get("bucket").and_then(Node::as_str) == Some(name) && !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}
