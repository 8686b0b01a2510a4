//! Shared readings for the data store and messaging checks: RDS, Redshift, ElastiCache,
//! DynamoDB, EFS, SNS and SQS.

use crate::check::{Ctx, Setting};
use crate::graph::{Entry, Node};

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

/// Reports the resource policy in the `policy` attribute when a statement allows anyone
/// without a condition ([`crate::policy::Statement::allows_anyone`]): one finding at the
/// attribute, naming the first such statement, with the `aws_iam_policy_document` statement
/// blocks they came from as related locations. Of a partly known policy, the known part is
/// read. `noun` names the resource in the message (`queue`, `topic`).
pub fn report_public_policy(cx: &Ctx, noun: &str) {
    let Some(entry) = cx.body().entry("policy") else {
        return;
    };
    let policy = crate::facts::aws_iam::policy_in(cx, "policy");
    let open: Vec<usize> = policy.as_ref().map_or_else(Vec::new, |p| {
        (0..p.doc.statements.len())
            .filter(|i| p.doc.statements[*i].allows_anyone())
            .collect()
    });
    let (Some(policy), Some(&first)) = (&policy, open.first()) else {
        // Unreadable (unknown, or not a policy at all), or nothing known is open but an
        // unknown statement, effect or principal might be.
        let undecided = policy.as_ref().is_none_or(|p| {
            p.doc.statements.iter().any(|s| {
                let u = s.unknown;
                u.statement || u.effect || u.principals
            })
        });
        if undecided && entry.node.to_value().contains_unknown() {
            cx.note_unknown(entry.span(), "policy");
        }
        return;
    };
    let st = &policy.doc.statements[first];
    let who = if st.has_public_principal() {
        "any principal (\"*\")"
    } else {
        "every principal outside its `NotPrincipal`"
    };
    let more = match open.len() {
        1 => String::new(),
        n => format!(" ({n} statements do)"),
    };
    cx.report_related(
        entry.span(),
        format!(
            "{noun} policy {} allows {who} to {} without a condition{more}",
            policy.doc.statement_name(first),
            st.describe_actions(),
        ),
        open.iter()
            .flat_map(|i| policy.statement_origin(*i))
            .collect(),
    );
}
