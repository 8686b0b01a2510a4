//! The serverless transform (`Transform: AWS::Serverless-2016-10-31`): SAM functions (and
//! the function URL their `FunctionUrlConfig` creates) and simple tables, mapped onto what the
//! transform produces. `AWS::Serverless::Api` and `AWS::Serverless::HttpApi` are not mapped:
//! no check reads API Gateway resources yet.
//!
//! The template's `Globals` section can supply a property a resource leaves out (a scalar
//! there applies only when the resource has none; maps are merged key by key). This layer
//! sees one resource's properties, so a property `Globals` may supply is unknown when the
//! resource leaves it out, never missing.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};
use crate::source::Span;

pub fn map(ty: &str, p: &Node, ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::Serverless::Function" => Some(function(p, ctx)),
        "AWS::Serverless::SimpleTable" => Some(vec![main("aws_dynamodb_table", table(p, ctx))]),
        _ => None,
    }
}

/// Adds `key` as unknown when `node` does not set `from` (`Globals` may): at `span`.
fn from_globals(b: &mut Builder, node: &Node, from: &str, key: &str, span: Span) {
    if node.entry(from).is_none() {
        b.set(key, span, NodeValue::Unknown);
    }
}

fn function(p: &Node, ctx: &MapContext) -> Vec<Mapped> {
    let mut b = Builder::new(p.span);
    b.copy(p, "FunctionName", "function_name");
    // the transform writes `TracingConfig: {Mode: <Tracing>}`
    match p.entry("Tracing") {
        Some(e) => {
            let config = Builder::new(e.node.span)
                .block("mode", e.key_span, e.node.clone())
                .build();
            b.block("tracing_config", e.key_span, config);
        }
        None => {
            b.set("tracing_config", ctx.id_span, NodeValue::Unknown);
        }
    }
    let mut out = vec![main("aws_lambda_function", b.build())];
    if let Some(e) = p.entry("FunctionUrlConfig") {
        let mut ub = Builder::new(e.node.span);
        ub.set("function_name", ctx.id_span, NodeValue::Unknown);
        let body = if e.node.is_unknown() {
            ub.set("authorization_type", e.key_span, NodeValue::Unknown)
                .build()
        } else {
            from_globals(
                &mut ub,
                &e.node,
                "AuthType",
                "authorization_type",
                e.key_span,
            );
            super::lambda::function_url(&e.node, &mut ub)
        };
        out.push(Mapped {
            kind: "aws_lambda_function_url".into(),
            suffix: ".FunctionUrlConfig".into(),
            body,
            target_attr: Some("function_name"),
            header: Some(e.key_span),
        });
    }
    out
}

/// A simple table becomes an `AWS::DynamoDB::Table` with the same `SSESpecification` and
/// `PointInTimeRecoverySpecification`.
fn table(p: &Node, ctx: &MapContext) -> Node {
    let mut b = Builder::new(p.span);
    b.copy(p, "TableName", "name");
    match p.entry("SSESpecification") {
        None => {
            b.set("server_side_encryption", ctx.id_span, NodeValue::Unknown);
        }
        Some(e) if e.node.is_unknown() => {
            b.block("server_side_encryption", e.key_span, e.node.clone());
        }
        Some(e) => {
            let n = &e.node;
            let mut sb = Builder::new(n.span);
            sb.copy(n, "SSEEnabled", "enabled")
                .copy(n, "KMSMasterKeyId", "kms_key_arn");
            from_globals(&mut sb, n, "SSEEnabled", "enabled", e.key_span);
            from_globals(&mut sb, n, "KMSMasterKeyId", "kms_key_arn", e.key_span);
            b.block("server_side_encryption", e.key_span, sb.build());
        }
    }
    // as on `AWS::DynamoDB::Table`: a specification without `PointInTimeRecoveryEnabled`
    // leaves recovery off
    if let Some(e) = p.entry("PointInTimeRecoverySpecification") {
        let n = &e.node;
        let recovery = if n.is_unknown() {
            n.clone()
        } else if n.entry("PointInTimeRecoveryEnabled").is_some() {
            Builder::new(n.span)
                .copy(n, "PointInTimeRecoveryEnabled", "enabled")
                .build()
        } else {
            Builder::new(n.span)
                .set("enabled", e.key_span, NodeValue::Bool(false))
                .build()
        };
        b.block("point_in_time_recovery", e.key_span, recovery);
    }
    b.build()
}
