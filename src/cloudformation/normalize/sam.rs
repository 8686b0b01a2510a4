//! The serverless transform (`Transform: AWS::Serverless-2016-10-31`): SAM functions (and
//! the function URL their `FunctionUrlConfig` creates) and simple tables, mapped onto what the
//! transform produces. `AWS::Serverless::Api` and `AWS::Serverless::HttpApi` are mapped with
//! the API Gateway stages (`apigateway.rs`), `AWS::Serverless::StateMachine` with Step
//! Functions (`sfn.rs`). `AWS::Serverless::LayerVersion` is not mapped: no check concerns
//! Lambda layers.
//!
//! The template's `Globals` section is merged into each resource's properties before they
//! reach this layer (see `lower.rs`), so a property missing here is missing.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::Serverless::Function" => Some(function(p, ctx)),
        "AWS::Serverless::SimpleTable" => Some(vec![main("aws_dynamodb_table", table(p, ctx))]),
        _ => None,
    }
}

fn function(p: &Node, ctx: &MapContext) -> Vec<Mapped> {
    let mut b = Builder::new(p.span);
    b.copy(p, "FunctionName", "function_name");
    // the transform writes `TracingConfig: {Mode: <Tracing>}`
    if let Some(e) = p.entry("Tracing") {
        let config = Builder::new(e.node.span)
            .block("mode", e.key_span, e.node.clone())
            .build();
        b.block("tracing_config", e.key_span, config);
    }
    b.copy_with(p, "Environment", "environment", super::lambda::environment);
    let mut out = vec![main("aws_lambda_function", b.build())];
    if let Some(e) = p.entry("FunctionUrlConfig") {
        let mut ub = Builder::new(e.node.span);
        ub.set("function_name", ctx.id_span, NodeValue::Unknown);
        let body = if e.node.is_unknown() {
            ub.set("authorization_type", e.key_span, NodeValue::Unknown)
                .build()
        } else {
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
fn table(p: &Node, _ctx: &MapContext) -> Node {
    let mut b = Builder::new(p.span);
    b.copy(p, "TableName", "name");
    match p.entry("SSESpecification") {
        None => {}
        Some(e) if e.node.is_unknown() => {
            b.block("server_side_encryption", e.key_span, e.node.clone());
        }
        Some(e) => {
            let n = &e.node;
            let mut sb = Builder::new(n.span);
            sb.copy(n, "SSEEnabled", "enabled")
                .copy(n, "KMSMasterKeyId", "kms_key_arn");
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
