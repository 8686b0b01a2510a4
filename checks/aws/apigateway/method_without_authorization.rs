use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Str, first_block, str_in};

pub static CHECK: Check = Check {
    id: "AWS-APIGW-003",
    name: "apigateway-method-without-authorization",
    title: "API Gateway method can be called without authorization",
    severity: Severity::Medium,
    description: "Flags `aws_api_gateway_method` resources with `authorization = \"NONE\"` that \
        do not require an API key (`api_key_required` unset or `false`). `OPTIONS` methods \
        (CORS preflight) are left out, and so are methods of a REST API whose endpoint type is \
        `PRIVATE`, which only VPC endpoints can reach.\n\nA method without an authorizer, IAM \
        authorization or an API key lets anyone who finds the URL invoke the integration \
        behind it: a Lambda function, an internal HTTP service or an AWS service action. \
        Unintended open methods are a common way data is read or changed without \
        credentials.",
    remediation: "Set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` (with \
        `authorizer_id`), or at least `api_key_required = true` with a usage plan. If the \
        method is meant to be public, document that and suppress the finding for it.",
    compliance: &["nist-800-53:AC-3", "soc2:CC6.1", "iso-27001:A.8.5"],
    checkov: &["CKV_AWS_59"],
    trivy: &[
        "AVD-AWS-0004",
        "AWS-0004",
        "aws-apigateway-no-public-access",
    ],
    references: &[
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method",
    ],
    resource_kinds: &["aws_api_gateway_method"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Str::Value(auth, auth_entry) = str_in(cx, cx.body(), "authorization") else {
        return;
    };
    if !auth.trim().eq_ignore_ascii_case("NONE") {
        return;
    }
    let method = match str_in(cx, cx.body(), "http_method") {
        Str::Value(m, _) => m.trim().to_ascii_uppercase(),
        _ => return,
    };
    if method == "OPTIONS" {
        return;
    }
    // An API key is a (weak) form of access control.
    match cx.bool_or("api_key_required", false) {
        Some((false, _)) => {}
        _ => return,
    }
    if private_api(cx) != Some(false) {
        return;
    }
    cx.report(
        auth_entry.span(),
        format!(
            "method {method} has authorization \"NONE\" and does not require an API key, so \
             anyone can call it"
        ),
    );
}

/// Whether the method belongs to a private REST API: `Some(false)` when its API is known and
/// not private, or cannot be found (a literal id or an API outside this module); `None` when
/// the API's endpoint type is unknown.
fn private_api(cx: &Ctx) -> Option<bool> {
    let mut private = Some(false);
    for (_, api) in cx.graph.targets(cx.id, "rest_api_id") {
        if api.kind != "aws_api_gateway_rest_api" {
            continue;
        }
        let cfg = match first_block(&api.body, "endpoint_configuration") {
            Block::Present(_, cfg) => cfg,
            Block::Absent => continue,
            Block::Unknown => return None,
        };
        match cfg.get("types").map(|t| t.to_value()) {
            None => {}
            Some(Value::List(types)) => {
                if types.iter().any(Value::is_unknown) {
                    return None;
                }
                if types.iter().all(|t| {
                    t.as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case("PRIVATE"))
                }) && !types.is_empty()
                {
                    private = Some(true);
                }
            }
            Some(_) => return None,
        }
    }
    private
}
