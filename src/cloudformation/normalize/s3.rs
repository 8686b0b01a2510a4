//! S3: buckets (with their inline encryption, versioning, logging and public access block)
//! and bucket policies.

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

pub fn map(ty: &str, p: &Node, ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::S3::Bucket" => Some(bucket(p, ctx)),
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

fn bucket(p: &Node, ctx: &MapContext) -> Vec<Mapped> {
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
        b.block(
            "versioning",
            e.key_span,
            Builder::new(e.node.span)
                .copy_with(&e.node, "Status", "enabled", |s| Node {
                    value: NodeValue::Bool(s.as_str() == Some("Enabled")),
                    span: s.span,
                })
                .build(),
        );
    }
    if let Some(e) = p.entry("LoggingConfiguration") {
        b.block(
            "logging",
            e.key_span,
            Builder::new(e.node.span)
                .copy(&e.node, "DestinationBucketName", "target_bucket")
                .copy(&e.node, "LogFilePrefix", "target_prefix")
                .build(),
        );
    }
    if let Some(e) = p.entry("WebsiteConfiguration") {
        b.block("website", e.key_span, e.node.clone());
    }
    let mut out = vec![main("aws_s3_bucket", b.build())];
    if let Some(e) = p.entry("PublicAccessBlockConfiguration") {
        let pab = Builder::new(e.node.span)
            .set("bucket", ctx.id_span, NodeValue::Unknown)
            .copy(&e.node, "BlockPublicAcls", "block_public_acls")
            .copy(&e.node, "BlockPublicPolicy", "block_public_policy")
            .copy(&e.node, "IgnorePublicAcls", "ignore_public_acls")
            .copy(&e.node, "RestrictPublicBuckets", "restrict_public_buckets")
            .build();
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
