use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-APIGW-002",
    name: "apigateway-stage-xray-tracing-disabled",
    title: "API Gateway stage does not trace requests with X-Ray",
    severity: Severity::Low,
    description: "Flags `aws_api_gateway_stage` resources whose `xray_tracing_enabled` is unset \
        (the provider default is `false`) or `false`.\n\nX-Ray traces follow a request from the \
        stage through its integrations (Lambda, HTTP back ends, AWS services). Without them, \
        unusual call patterns, slow or failing back ends and the path a suspicious request \
        took are much harder to see during an investigation.",
    remediation: "Set `xray_tracing_enabled = true` on the stage, and allow the integrations \
        (for example Lambda functions with `tracing_config { mode = \"Active\" }`) to \
        continue the trace.",
    compliance: &["nist-800-53:SI-4", "soc2:CC7.2"],
    checkov: &["CKV_AWS_73"],
    trivy: &["AVD-AWS-0003", "AWS-0003", "aws-apigateway-enable-tracing"],
    references: &[
        "https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#xray_tracing_enabled",
    ],
    resource_kinds: &["aws_api_gateway_stage"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (name, off) = if cx.is_cloudformation() {
        ("TracingEnabled", "TracingEnabled: false")
    } else {
        ("xray_tracing_enabled", "xray_tracing_enabled = false")
    };
    match cx.bool_or("xray_tracing_enabled", false) {
        Some((false, span)) if matches!(cx.setting("xray_tracing_enabled"), Setting::Missing) => cx
            .report(
                span,
                format!("stage does not set `{name}`, so requests are not traced"),
            ),
        Some((false, span)) => cx.report(span, format!("stage turns X-Ray tracing off (`{off}`)")),
        _ => {}
    }
}
