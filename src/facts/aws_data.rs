//! Shared readings for the data store and messaging checks: RDS, Redshift, ElastiCache,
//! DynamoDB, EFS, SNS and SQS.

use crate::check::{Ctx, Setting};
use crate::graph::{Entry, Mode, Node, Resource};
use crate::policy::{PolicyDocument, Statement};
use crate::source::Span;

/// `aws_db_instance` attributes that make the instance take its storage (and so its
/// encryption) from elsewhere: a read replica, a snapshot restore or a point-in-time restore.
pub const DB_INSTANCE_SOURCES: &[&str] = &[
    "replicate_source_db",
    "snapshot_identifier",
    "restore_to_point_in_time",
];

/// `aws_rds_cluster` attributes that make the cluster take its storage settings from
/// elsewhere: a snapshot, a replication source, a point-in-time restore, or a global cluster.
pub const DB_CLUSTER_SOURCES: &[&str] = &[
    "snapshot_identifier",
    "replication_source_identifier",
    "restore_to_point_in_time",
    "global_cluster_identifier",
];

/// True when `key` is configured on `node` with a value that counts, or with an unknown value
/// (which might): not missing, null, or an empty string, which the provider treats as unset.
/// An unknown value is recorded on `cx`, since the caller's outcome then depends on it.
pub fn is_configured(cx: &Ctx, node: &Node, key: &str) -> bool {
    match crate::check::setting(node, key) {
        Setting::Missing => false,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            true
        }
        Setting::Set(e) => e.node.as_str() != Some(""),
    }
}

/// The first of `attrs` that is configured on `node` (see [`is_configured`]): the resource
/// then inherits settings from that source, or might.
pub fn inherited_from(cx: &Ctx, node: &Node, attrs: &[&'static str]) -> Option<&'static str> {
    attrs.iter().copied().find(|a| is_configured(cx, node, a))
}

/// The state of a string setting: missing (or null), unknown, empty, or a known value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrSetting<'a> {
    Missing,
    Unknown,
    Empty,
    Value(&'a str),
}

/// Reads the string attribute `key` of `node`. A known value that is not a string counts as
/// unknown (so no check reports on it). A truly unknown value is recorded on `cx`.
pub fn str_setting<'a>(cx: &Ctx, node: &'a Node, key: &str) -> StrSetting<'a> {
    match crate::check::setting(node, key) {
        Setting::Missing => StrSetting::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            StrSetting::Unknown
        }
        Setting::Set(e) => match e.node.as_str() {
            Some("") => StrSetting::Empty,
            Some(s) => StrSetting::Value(s),
            None => StrSetting::Unknown,
        },
    }
}

/// A KMS key setting (`kms_master_key_id`, `kms_key_arn`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KmsKey<'a> {
    /// Missing, null or empty: no key is configured.
    None,
    /// A literal key id, ARN or alias.
    Named(&'a str),
    /// A reference to another resource (`aws_kms_key.k.arn`): computed, but certainly a key.
    Resource,
    /// Unknown (recorded on `cx`).
    Unknown,
}

/// Reads the KMS key attribute `key` of `node`, which sits under the resource's top-level
/// attribute or block `top` (`key` itself for a top-level attribute).
pub fn kms_key<'a>(cx: &Ctx, node: &'a Node, key: &str, top: &str) -> KmsKey<'a> {
    match crate::check::setting(node, key) {
        Setting::Missing => KmsKey::None,
        Setting::Unknown(e) => {
            if cx.graph.targets(cx.id, top).next().is_some() {
                KmsKey::Resource
            } else {
                cx.note_unknown(e.span(), key);
                KmsKey::Unknown
            }
        }
        Setting::Set(e) => match e.node.as_str() {
            Some("") => KmsKey::None,
            Some(s) => KmsKey::Named(s),
            None => KmsKey::Unknown,
        },
    }
}

/// The database engine of an RDS resource, lowercased; `None` when missing or not known.
pub fn engine(node: &Node) -> Option<String> {
    node.get("engine")
        .and_then(Node::as_str)
        .map(str::to_ascii_lowercase)
}

/// True for the Aurora engines (`aurora`, `aurora-mysql`, `aurora-postgresql`).
pub fn is_aurora(engine: &str) -> bool {
    engine.starts_with("aurora")
}

/// A boolean setting as checks need it.
#[derive(Debug, Clone, Copy)]
pub enum Flag<'a> {
    /// Not set: the default applies.
    Missing,
    /// Unknown, or a value that is not a boolean.
    Unknown,
    On,
    /// Set to `false`, with the attribute to point at.
    Off(&'a Entry),
}

/// Reads the boolean attribute `key` of `node`; an unknown value is recorded on `cx`.
pub fn flag_in<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Flag<'a> {
    match crate::check::setting(node, key) {
        Setting::Missing => Flag::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            Flag::Unknown
        }
        Setting::Set(e) => match e.node.as_bool() {
            Some(true) => Flag::On,
            Some(false) => Flag::Off(e),
            None => Flag::Unknown,
        },
    }
}

/// Reads the top-level boolean attribute `key` of the resource.
pub fn flag<'a>(cx: &Ctx<'a>, key: &str) -> Flag<'a> {
    flag_in(cx, cx.body(), key)
}

/// Reports a boolean setting that should be `true`: `missing` (when given) at the resource
/// header when it is not set, `off` at the attribute when it is `false`. Unknown values are
/// never reported.
pub fn require_true(cx: &Ctx, key: &str, missing: Option<&str>, off: &str) {
    match flag(cx, key) {
        Flag::Missing => {
            if let Some(m) = missing {
                cx.report_missing(m);
            }
        }
        Flag::Off(e) => cx.report(e.span(), off),
        Flag::Unknown | Flag::On => {}
    }
}

/// True when a statement allows everyone: an `Allow` whose principal is `*` (or
/// `{"AWS": "*"}`), or an `Allow` with `NotPrincipal` (everyone but the listed principals),
/// and that carries no `Condition` to narrow it down.
pub fn allows_anyone(st: &Statement) -> bool {
    st.allow && st.condition.is_none() && (st.has_public_principal() || st.has_not_principal)
}

/// The indexes of the statements of a resource policy that allow anyone without a condition.
pub fn public_statements(doc: &PolicyDocument) -> Vec<usize> {
    doc.statements
        .iter()
        .enumerate()
        .filter(|(_, st)| allows_anyone(st))
        .map(|(i, _)| i)
        .collect()
}

/// `statement "Sid"` or `statement 2` (1-based), to name a statement in a message.
pub fn describe_statement(doc: &PolicyDocument, index: usize) -> String {
    match doc.statements.get(index).and_then(|s| s.sid.as_deref()) {
        Some(sid) if !sid.is_empty() => format!("statement \"{sid}\""),
        _ => format!("statement {}", index + 1),
    }
}

/// The actions a statement allows, for a message: `sqs:SendMessage, sqs:ReceiveMessage`, or
/// `every action except ...` for a `NotAction`.
pub fn describe_actions(st: &Statement) -> String {
    if !st.actions.is_empty() {
        return st.actions.join(", ");
    }
    if !st.not_actions.is_empty() {
        return format!("every action except {}", st.not_actions.join(", "));
    }
    "no listed action".to_string()
}

/// A statement of a resource policy that allows anyone, as a message describes it.
struct OpenStatement {
    /// `statement "Sid"` or `statement 2`.
    name: String,
    /// `any principal ("*")`, or the `NotPrincipal` form.
    who: &'static str,
    /// The actions, for the message.
    actions: String,
    /// Where the statement was written, when that is a separate block.
    origin: Vec<(Span, String)>,
}

const ANYONE: &str = "any principal (\"*\")";
const NOT_PRINCIPAL: &str = "every principal outside its `NotPrincipal`";

/// Reports the resource policy in the `policy` attribute when a statement allows anyone
/// without a condition: one finding at the attribute, naming the first such statement, with
/// the `aws_iam_policy_document` statement blocks it came from as related locations.
/// `noun` names the resource in the message (`queue`, `topic`).
pub fn report_public_policy(cx: &Ctx, noun: &str) {
    let Some(entry) = cx.body().entry("policy") else {
        return;
    };
    let open = match crate::facts::aws_iam::policy_at(cx.resource, "policy") {
        Some(policy) => public_statements(&policy.doc)
            .into_iter()
            .filter_map(|i| {
                let st = policy.doc.statements.get(i)?;
                Some(OpenStatement {
                    name: describe_statement(&policy.doc, i),
                    who: if st.has_public_principal() {
                        ANYONE
                    } else {
                        NOT_PRINCIPAL
                    },
                    actions: describe_actions(st),
                    origin: policy.statement_origin(cx, i),
                })
            })
            .collect(),
        None => match open_document_statements(cx) {
            Some(open) => open,
            None => {
                // Unreadable: unknown (often a `jsonencode` that references an ARN), or not
                // a policy at all.
                if entry.node.to_value().contains_unknown() {
                    cx.note_unknown(entry.span(), "policy");
                }
                return;
            }
        },
    };
    let Some(first) = open.first() else {
        return;
    };
    let more = match open.len() {
        1 => String::new(),
        n => format!(" ({n} statements do)"),
    };
    cx.report_related(
        entry.span(),
        format!(
            "{noun} policy {} allows {} to {} without a condition{more}",
            first.name, first.who, first.actions,
        ),
        open.iter().flat_map(|o| o.origin.iter().cloned()).collect(),
    );
}

/// When the policy is the `json` of an `aws_iam_policy_document` whose rendered document is
/// unknown (a statement's `resources` names an ARN that only exists after apply, say), reads
/// the statements that allow anyone from the data source's blocks: the effect, principals and
/// conditions are usually known even then. A reference to a data source with several
/// instances (`for_each`) counts only when every instance agrees. `None` when there is no such
/// data source, it merges other documents, or its instances disagree.
fn open_document_statements(cx: &Ctx) -> Option<Vec<OpenStatement>> {
    let sources: Vec<&Resource> = cx
        .graph
        .targets(cx.id, "policy")
        .map(|(_, r)| r)
        .filter(|r| r.mode == Mode::Data && r.kind == "aws_iam_policy_document")
        .collect();
    let mut results = sources.iter().map(|doc| document_open_statements(doc));
    let first = results.next()??;
    for other in results {
        if other?.is_empty() != first.is_empty() {
            return None;
        }
    }
    Some(first)
}

/// The statements of one `aws_iam_policy_document` that allow anyone; `None` when it merges
/// other documents (whose statements cannot be seen here).
fn document_open_statements(doc: &Resource) -> Option<Vec<OpenStatement>> {
    let merges = [
        "source_policy_documents",
        "override_policy_documents",
        "source_json",
        "override_json",
    ];
    if merges.iter().any(|k| doc.body.entry(k).is_some()) {
        return None;
    }
    let mut open = Vec::new();
    let statements = doc.body.entries().iter().filter(|e| e.key == "statement");
    for (i, st) in statements.enumerate() {
        let Some(who) = block_allows_anyone(&st.node) else {
            continue;
        };
        let name = match st.node.get("sid").and_then(Node::as_str) {
            Some(sid) if !sid.is_empty() => format!("statement \"{sid}\""),
            _ => format!("statement {}", i + 1),
        };
        let actions = match st.node.get("actions").and_then(Node::as_list) {
            Some(items) => {
                let names: Option<Vec<&str>> = items.iter().map(Node::as_str).collect();
                names.map_or_else(|| "its actions".to_string(), |n| n.join(", "))
            }
            None => "its actions".to_string(),
        };
        open.push(OpenStatement {
            name,
            who,
            actions,
            origin: vec![(st.key_span, format!("statement of {}", doc.address))],
        });
    }
    Some(open)
}

/// Whether a `statement` block of an `aws_iam_policy_document` allows anyone without a
/// condition, and how (`None` when it does not, or when that is not known).
fn block_allows_anyone(st: &Node) -> Option<&'static str> {
    match st.get("effect") {
        None => {}
        Some(e) if e.is_null() || e.as_str() == Some("Allow") => {}
        Some(_) => return None,
    }
    if st.blocks("condition").next().is_some() {
        return None;
    }
    if st.blocks("not_principals").next().is_some() {
        return Some(NOT_PRINCIPAL);
    }
    let public = st.blocks("principals").any(|p| {
        let ty = p.get("type").and_then(Node::as_str);
        let everyone = p
            .get("identifiers")
            .and_then(Node::as_list)
            .is_some_and(|ids| ids.iter().any(|x| x.as_str() == Some("*")));
        matches!(ty, Some("*" | "AWS")) && everyone
    });
    public.then_some(ANYONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_statements_need_no_condition() {
        let doc = PolicyDocument::parse(
            r#"{"Statement": [
                {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage"},
                {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:*",
                 "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:x"}}},
                {"Effect": "Deny", "Principal": "*", "Action": "sqs:*"},
                {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "sqs:*"},
                {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}, "Action": "sqs:*"}
            ]}"#,
        )
        .expect("policy");
        assert_eq!(public_statements(&doc), vec![0, 4]);
        assert_eq!(describe_statement(&doc, 0), "statement \"Open\"");
        assert_eq!(describe_statement(&doc, 4), "statement 5");
    }
}
