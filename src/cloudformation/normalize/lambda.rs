//! Lambda: functions, function URLs and permissions.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::Lambda::Function" => main(
            "aws_lambda_function",
            b.copy(p, "FunctionName", "function_name")
                .copy_with(p, "TracingConfig", "tracing_config", |n| {
                    Builder::new(n.span).copy(n, "Mode", "mode").build()
                })
                .copy_with(p, "Environment", "environment", environment)
                .build(),
        ),
        "AWS::Lambda::Url" => main("aws_lambda_function_url", function_url(p, &mut b)),
        "AWS::Lambda::Permission" => main(
            "aws_lambda_permission",
            b.copy(p, "Action", "action")
                .copy(p, "FunctionName", "function_name")
                .copy(p, "Principal", "principal")
                .copy(p, "SourceArn", "source_arn")
                .copy(p, "SourceAccount", "source_account")
                .copy(p, "PrincipalOrgID", "principal_org_id")
                .copy(p, "EventSourceToken", "event_source_token")
                .copy(p, "FunctionUrlAuthType", "function_url_auth_type")
                .build(),
        ),
        _ => return None,
    }])
}

/// A function's `Environment` (`Variables`), as the provider's `environment` block.
pub fn environment(n: &Node) -> Node {
    Builder::new(n.span)
        .copy(n, "Variables", "variables")
        .build()
}

/// The attributes of a function URL (`AWS::Lambda::Url`, or a SAM function's
/// `FunctionUrlConfig`), added to `b`.
pub fn function_url(p: &Node, b: &mut Builder) -> Node {
    b.copy(p, "TargetFunctionArn", "function_name")
        .copy(p, "Qualifier", "qualifier")
        .copy(p, "AuthType", "authorization_type")
        .copy(p, "InvokeMode", "invoke_mode")
        .build()
}
