//! API Gateway: REST API stages (with their method settings), methods, REST APIs (their
//! endpoint type), custom domain names, HTTP/WebSocket API stages, and the SAM `Api` and
//! `HttpApi` resources (read as the stage they create).
//!
//! Defaults as CloudFormation applies them match the provider's: `TracingEnabled` is false, a
//! stage without `AccessLogSetting` writes no access logs, a method setting without
//! `CachingEnabled`/`CacheDataEncrypted` has them off.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(match ty {
        "AWS::ApiGateway::Stage" | "AWS::Serverless::Api" => {
            b.copy(p, "StageName", "stage_name")
                .copy(p, "RestApiId", "rest_api_id")
                .copy(p, "TracingEnabled", "xray_tracing_enabled");
            if let Some(e) = p.entry("AccessLogSetting") {
                b.block("access_log_settings", e.key_span, access_log(&e.node));
            }
            let mut out = vec![main("aws_api_gateway_stage", b.build())];
            out.extend(method_settings(p));
            out
        }
        "AWS::ApiGatewayV2::Stage" | "AWS::Serverless::HttpApi" => {
            b.copy(p, "StageName", "name").copy(p, "ApiId", "api_id");
            if let Some(e) = p.entry("AccessLogSettings") {
                b.block("access_log_settings", e.key_span, access_log(&e.node));
            }
            vec![main("aws_apigatewayv2_stage", b.build())]
        }
        "AWS::ApiGateway::Method" => vec![main(
            "aws_api_gateway_method",
            b.copy(p, "HttpMethod", "http_method")
                .copy(p, "AuthorizationType", "authorization")
                .copy(p, "AuthorizerId", "authorizer_id")
                .copy(p, "ApiKeyRequired", "api_key_required")
                .copy(p, "RestApiId", "rest_api_id")
                .copy(p, "ResourceId", "resource_id")
                .build(),
        )],
        "AWS::ApiGateway::RestApi" => {
            b.copy(p, "Name", "name");
            if let Some(e) = p.entry("EndpointConfiguration") {
                let mut cfg = Builder::new(e.node.span);
                if e.node.is_unknown() {
                    cfg.set("types", e.key_span, NodeValue::Unknown);
                }
                cfg.copy(&e.node, "Types", "types").copy(
                    &e.node,
                    "VpcEndpointIds",
                    "vpc_endpoint_ids",
                );
                b.block("endpoint_configuration", e.key_span, cfg.build());
            }
            vec![main("aws_api_gateway_rest_api", b.build())]
        }
        "AWS::ApiGateway::DomainName" => vec![main(
            "aws_api_gateway_domain_name",
            b.copy(p, "DomainName", "domain_name")
                .copy(p, "SecurityPolicy", "security_policy")
                .build(),
        )],
        _ => return None,
    })
}

fn access_log(n: &Node) -> Node {
    let mut b = Builder::new(n.span);
    if n.is_unknown() {
        b.set("destination_arn", n.span, NodeValue::Unknown);
    }
    b.copy(n, "DestinationArn", "destination_arn")
        .copy(n, "Format", "format")
        .build()
}

/// Each element of a stage's `MethodSettings` as an `aws_api_gateway_method_settings`.
fn method_settings(p: &Node) -> Vec<Mapped> {
    let Some(e) = p.entry("MethodSettings") else {
        return Vec::new();
    };
    let NodeValue::List(items) = &e.node.value else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let settings = if s.is_unknown() {
                s.clone()
            } else {
                Builder::new(s.span)
                    .copy(s, "CachingEnabled", "caching_enabled")
                    .copy(s, "CacheDataEncrypted", "cache_data_encrypted")
                    .copy(s, "LoggingLevel", "logging_level")
                    .copy(s, "MetricsEnabled", "metrics_enabled")
                    .build()
            };
            let mut b = Builder::new(s.span);
            b.copy(s, "HttpMethod", "http_method")
                .copy(s, "ResourcePath", "resource_path")
                .block("settings", s.span, settings);
            Mapped {
                kind: "aws_api_gateway_method_settings".into(),
                suffix: format!(".MethodSettings[{i}]"),
                body: b.build(),
                target_attr: Some("stage_name"),
                header: Some(s.span),
            }
        })
        .collect()
}
