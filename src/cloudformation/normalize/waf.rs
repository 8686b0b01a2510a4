//! WAF (v2): web ACLs and their logging configurations. A logging configuration names its
//! web ACL in `ResourceArn` (usually `!GetAtt WebACL.Arn`), which becomes the edge the
//! logging check follows.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::WAFv2::WebACL" => main(
            "aws_wafv2_web_acl",
            b.copy(p, "Name", "name").copy(p, "Scope", "scope").build(),
        ),
        "AWS::WAFv2::LoggingConfiguration" => main(
            "aws_wafv2_web_acl_logging_configuration",
            b.copy(p, "ResourceArn", "resource_arn")
                .copy(p, "LogDestinationConfigs", "log_destination_configs")
                .build(),
        ),
        _ => return None,
    }])
}
