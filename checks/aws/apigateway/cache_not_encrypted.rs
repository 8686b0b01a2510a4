use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Nested, first_block, nested_bool};

pub static CHECK: Check = Check {
    id: "AWS-APIGW-004",
    name: "apigateway-cache-not-encrypted",
    title: "API Gateway response cache is not encrypted",
    severity: Severity::Medium,
    description: "Flags `aws_api_gateway_method_settings` whose `settings` turn caching on \
        (`caching_enabled = true`) without `cache_data_encrypted = true` (the provider \
        default is `false`).\n\nThe stage cache keeps copies of integration responses, which \
        often carry personal or business data. Unencrypted, those copies sit at rest outside \
        the controls that protect the back end's own storage.",
    remediation: "Set `cache_data_encrypted = true` in the `settings` block of every \
        `aws_api_gateway_method_settings` that sets `caching_enabled = true`.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_308"],
    trivy: &[
        "AVD-AWS-0002",
        "AWS-0002",
        "aws-apigateway-enable-cache-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings",
    ],
    resource_kinds: &["aws_api_gateway_method_settings"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, settings) = first_block(cx.body(), "settings") else {
        return;
    };
    let caching = match crate::check::setting(settings, "caching_enabled") {
        Setting::Set(e) => e.node.as_bool(),
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), "caching_enabled");
            None
        }
        Setting::Missing => Some(false),
    };
    if caching != Some(true) {
        return;
    }
    match nested_bool(cx, cx.body(), "settings", "cache_data_encrypted", false) {
        Nested::Value(false, span) if settings.entry("cache_data_encrypted").is_none() => cx
            .report(
                span,
                format!(
                    "caching is enabled without `{}`, so cached responses are stored unencrypted",
                    cx.attr_name("cache_data_encrypted", "CacheDataEncrypted")
                ),
            ),
        Nested::Value(false, span) => cx.report(
            span,
            format!(
                "caching is enabled with `{}`, so cached responses are stored unencrypted",
                cx.attr_name("cache_data_encrypted = false", "CacheDataEncrypted: false")
            ),
        ),
        _ => {}
    }
}
