use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Str, first_block, str_in};

pub static CHECK: Check = Check {
    id: "AWS-APIGW-001",
    name: "apigateway-stage-access-logging-disabled",
    title: "API Gateway stage does not write access logs",
    severity: Severity::Medium,
    description: "Flags `aws_api_gateway_stage` (REST) and `aws_apigatewayv2_stage` (HTTP and \
        WebSocket) resources without an `access_log_settings` block, or whose \
        `destination_arn` is empty.\n\nAccess logs are the record of who called which route, \
        from where and with what result. Without them, abuse of a public API, credential \
        stuffing against an authorizer or data scraping cannot be detected or investigated \
        after the fact.",
    remediation: "Add an `access_log_settings` block with `destination_arn` set to a CloudWatch \
        Logs log group (or a Kinesis Data Firehose stream for REST APIs) and a `format` that \
        includes at least the request id, caller IP, route, status and latency. For REST APIs \
        the account also needs an `aws_api_gateway_account` with a CloudWatch role.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_76"],
    trivy: &[
        "AVD-AWS-0001",
        "AWS-0001",
        "aws-apigateway-enable-access-logging",
    ],
    references: &[
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage",
    ],
    resource_kinds: &["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (name, arn) = match (cx.is_cloudformation(), cx.resource.kind.as_str()) {
        (false, _) => ("access_log_settings", "destination_arn"),
        (true, "aws_apigatewayv2_stage") => ("AccessLogSettings", "DestinationArn"),
        (true, _) => ("AccessLogSetting", "DestinationArn"),
    };
    let block = match first_block(cx.body(), "access_log_settings") {
        Block::Present(entry, node) => (entry, node),
        Block::Absent => {
            cx.report_missing(format!(
                "stage has no `{name}`, so requests to it are not logged"
            ));
            return;
        }
        Block::Unknown => return,
    };
    let (entry, node) = block;
    match str_in(cx, node, "destination_arn") {
        Str::Value(s, e) if s.trim().is_empty() => cx.report(
            e.span(),
            format!("`{name}` has an empty `{arn}`, so no access logs are written"),
        ),
        Str::Missing => cx.report(
            entry.key_span,
            format!("`{name}` has no `{arn}`, so no access logs are written"),
        ),
        _ => {}
    }
}
