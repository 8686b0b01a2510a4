//! CloudFront: distributions (their `DistributionConfig` flattened onto the provider's
//! attributes and blocks) and the CloudWatch Logs delivery sources that send a distribution's
//! access logs (standard logging v2).

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    Some(vec![match ty {
        "AWS::CloudFront::Distribution" => main("aws_cloudfront_distribution", distribution(p)),
        "AWS::Logs::DeliverySource" => main(
            "aws_cloudwatch_log_delivery_source",
            Builder::new(p.span)
                .copy(p, "Name", "name")
                .copy(p, "ResourceArn", "resource_arn")
                .copy(p, "LogType", "log_type")
                .build(),
        ),
        _ => return None,
    }])
}

/// The top-level attributes and blocks the distribution's configuration holds.
const TOP: &[&str] = &[
    "web_acl_id",
    "logging_config",
    "default_cache_behavior",
    "ordered_cache_behavior",
    "viewer_certificate",
];

fn distribution(p: &Node) -> Node {
    let mut b = Builder::new(p.span);
    let Some(dc) = p.entry("DistributionConfig") else {
        return b.build();
    };
    let c = &dc.node;
    if c.is_unknown() {
        // every setting the configuration holds is unknown
        for key in TOP {
            b.set(key, dc.key_span, NodeValue::Unknown);
        }
        return b.build();
    }
    b.copy(c, "WebACLId", "web_acl_id")
        .copy_with(c, "Logging", "logging_config", |n| {
            Builder::new(n.span)
                .copy(n, "Bucket", "bucket")
                .copy(n, "IncludeCookies", "include_cookies")
                .copy(n, "Prefix", "prefix")
                .build()
        })
        .copy_with(
            c,
            "DefaultCacheBehavior",
            "default_cache_behavior",
            behavior,
        )
        .copy_with(c, "CacheBehaviors", "ordered_cache_behavior", |n| {
            each(n, behavior)
        })
        .copy_with(c, "ViewerCertificate", "viewer_certificate", |n| {
            Builder::new(n.span)
                .copy(n, "AcmCertificateArn", "acm_certificate_arn")
                .copy(
                    n,
                    "CloudFrontDefaultCertificate",
                    "cloudfront_default_certificate",
                )
                .copy(n, "IamCertificateId", "iam_certificate_id")
                .copy(n, "MinimumProtocolVersion", "minimum_protocol_version")
                .copy(n, "SslSupportMethod", "ssl_support_method")
                .build()
        });
    b.build()
}

/// A cache behavior (default or ordered).
fn behavior(n: &Node) -> Node {
    Builder::new(n.span)
        .copy(n, "PathPattern", "path_pattern")
        .copy(n, "TargetOriginId", "target_origin_id")
        .copy(n, "ViewerProtocolPolicy", "viewer_protocol_policy")
        .build()
}
