//! S3: buckets (with their inline encryption, versioning, Object Lock, logging, website and
//! public access block) and bucket policies.
//!
//! Defaults as CloudFormation applies them: a `LoggingConfiguration` without
//! `DestinationBucketName` logs to the bucket itself; a `PublicAccessBlockConfiguration` flag
//! left out is false (as in the provider). A nested property that is unknown as a whole (an
//! `Fn::If` on an unknown condition) leaves the attributes the checks read unknown, not missing.

use super::{Builder, MapContext, Mapped, main, translate};
use crate::graph::{Node, NodeValue};

const CANNED_ACLS: &[(&str, &str)] = &[
    ("Private", "private"),
    ("PublicRead", "public-read"),
    ("PublicReadWrite", "public-read-write"),
    ("AuthenticatedRead", "authenticated-read"),
    ("LogDeliveryWrite", "log-delivery-write"),
    ("BucketOwnerRead", "bucket-owner-read"),
    ("BucketOwnerFullControl", "bucket-owner-full-control"),
    ("AwsExecRead", "aws-exec-read"),
];

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::S3::Bucket" => Some(bucket(p)),
        "AWS::S3::BucketPolicy" => Some(vec![main(
            "aws_s3_bucket_policy",
            Builder::new(p.span)
                .copy(p, "Bucket", "bucket")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        )]),
        _ => None,
    }
}

fn bucket(p: &Node) -> Vec<Mapped> {
    let mut b = Builder::new(p.span);
    b.copy(p, "BucketName", "bucket")
        .copy_with(p, "AccessControl", "acl", |n| translate(n, CANNED_ACLS))
        .copy(p, "ObjectLockEnabled", "object_lock_enabled");
    if let Some(e) = p.entry("BucketEncryption") {
        let rules = e
            .node
            .get("ServerSideEncryptionConfiguration")
            .cloned()
            .unwrap_or_else(|| Node::unknown(e.node.span));
        let rules = super::each(&rules, |r| {
            let mut rb = Builder::new(r.span);
            if let Some(d) = r.entry("ServerSideEncryptionByDefault") {
                rb.block(
                    "apply_server_side_encryption_by_default",
                    d.key_span,
                    Builder::new(d.node.span)
                        .copy(&d.node, "SSEAlgorithm", "sse_algorithm")
                        .copy(&d.node, "KMSMasterKeyID", "kms_master_key_id")
                        .build(),
                );
            }
            rb.copy(r, "BucketKeyEnabled", "bucket_key_enabled").build()
        });
        b.block(
            "server_side_encryption_configuration",
            e.key_span,
            Builder::new(e.node.span)
                .block("rule", e.key_span, rules)
                .build(),
        );
    }
    if let Some(e) = p.entry("VersioningConfiguration") {
        let mut v = Builder::new(e.node.span);
        if e.node.is_unknown() {
            v.set("enabled", e.key_span, NodeValue::Unknown);
        }
        v.copy_with(&e.node, "Status", "enabled", |s| Node {
            value: NodeValue::Bool(s.as_str() == Some("Enabled")),
            span: s.span,
        });
        b.block("versioning", e.key_span, v.build());
    }
    if let Some(e) = p.entry("LoggingConfiguration") {
        let mut logging = Builder::new(e.node.span);
        logging
            .copy(&e.node, "DestinationBucketName", "target_bucket")
            .copy(&e.node, "LogFilePrefix", "target_prefix");
        // Without a destination, the bucket receives its own logs.
        if !e.node.is_unknown() && e.node.entry("DestinationBucketName").is_none() {
            logging.copy(p, "BucketName", "target_bucket");
        }
        b.block("logging", e.key_span, logging.build());
    }
    if let Some(e) = p.entry("ObjectLockConfiguration") {
        b.block(
            "object_lock_configuration",
            e.key_span,
            Builder::new(e.node.span)
                .copy(&e.node, "ObjectLockEnabled", "object_lock_enabled")
                .build(),
        );
    }
    if let Some(e) = p.entry("WebsiteConfiguration") {
        b.block("website", e.key_span, e.node.clone());
    }
    let mut out = vec![main("aws_s3_bucket", b.build())];
    if let Some(e) = p.entry("PublicAccessBlockConfiguration") {
        // No `bucket` attribute: the edge through `target_attr` ties the block to its bucket,
        // and an unknown value there would count as a block whose bucket is unresolved (one
        // that might configure any bucket of the template).
        let mut pab = Builder::new(e.node.span);
        for (from, to) in [
            ("BlockPublicAcls", "block_public_acls"),
            ("BlockPublicPolicy", "block_public_policy"),
            ("IgnorePublicAcls", "ignore_public_acls"),
            ("RestrictPublicBuckets", "restrict_public_buckets"),
        ] {
            if e.node.is_unknown() {
                pab.set(to, e.key_span, NodeValue::Unknown);
            }
            pab.copy(&e.node, from, to);
        }
        let pab = pab.build();
        out.push(Mapped {
            kind: "aws_s3_bucket_public_access_block".into(),
            suffix: ".PublicAccessBlockConfiguration".into(),
            body: pab,
            target_attr: Some("bucket"),
            header: Some(e.key_span),
        });
    }
    out
}
