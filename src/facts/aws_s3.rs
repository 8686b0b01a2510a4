//! Amazon S3 buckets and the resources that configure them: the split resources of AWS
//! provider v4+ (`aws_s3_bucket_versioning`, ...), and whether a bucket receives access logs.
//! Bucket policies are read with [`crate::policy::PolicyAttr`].

use crate::check::{Ctx, Setting, setting};
use crate::graph::{Mode, Node, Resource, ResourceId};
use crate::policy::PolicyAttr;

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
    let grants_log_delivery = |p: PolicyAttr| {
        p.doc.statements.iter().any(|s| {
            s.allow
                && s.principals.iter().any(|(ty, id)| {
                    ty.eq_ignore_ascii_case("Service") && id == "logging.s3.amazonaws.com"
                })
        })
    };
    if PolicyAttr::of(cx.graph, cx.id, "policy").is_some_and(grants_log_delivery) {
        return true;
    }
    split_config_ids(cx, BUCKET_POLICY)
        .iter()
        .any(|(id, _)| PolicyAttr::of(cx.graph, *id, "policy").is_some_and(grants_log_delivery))
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

/// Reports a public access block (bucket or account level) whose `flag` is off: `false`, or
/// not set (the provider default is `false`). `effect` says what that allows.
pub fn report_block_flag(cx: &Ctx, flag: &str, effect: &str) {
    let what = if cx.resource.kind == ACCOUNT_PUBLIC_ACCESS_BLOCK {
        "account public access block"
    } else {
        "public access block"
    };
    // On CloudFormation, the property of `PublicAccessBlockConfiguration`.
    let cfn = [
        ("block_public_acls", "BlockPublicAcls"),
        ("block_public_policy", "BlockPublicPolicy"),
        ("ignore_public_acls", "IgnorePublicAcls"),
        ("restrict_public_buckets", "RestrictPublicBuckets"),
    ]
    .iter()
    .find(|(tf, _)| *tf == flag)
    .map(|(_, c)| *c)
    .filter(|_| cx.is_cloudformation());
    let (name, off) = match cfn {
        Some(c) => (c.to_string(), format!("{c}: false")),
        None => (flag.to_string(), format!("{flag} = false")),
    };
    match cx.setting(flag) {
        Setting::Missing => cx.report_missing(format!(
            "{what} does not set `{name}` (default false), so {effect}"
        )),
        Setting::Set(e) if e.node.as_bool() == Some(false) => {
            cx.report(e.span(), format!("{what} sets `{off}`, so {effect}"))
        }
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
