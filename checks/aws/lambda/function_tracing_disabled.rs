use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-LAMBDA-001",
    name: "lambda-xray-tracing-disabled",
    title: "Lambda function does not have active X-Ray tracing",
    severity: Severity::Low,
    description: "Flags `aws_lambda_function` resources without `tracing_config { mode = \
        \"Active\" }`. Without the block, or with `mode = \"PassThrough\"`, the function is \
        traced only when its caller already sampled the request.\n\nActive tracing records \
        every invocation's calls to other AWS services and HTTP endpoints. Without it, \
        unexpected downstream calls, errors and latency spikes during an incident leave no \
        trace to follow.",
    remediation: "Add `tracing_config { mode = \"Active\" }` and allow the function's role to \
        write traces (for example with the `AWSXRayDaemonWriteAccess` managed policy).",
    compliance: &["nist-800-53:AU-12", "nist-800-53:SI-4", "soc2:CC7.2"],
    checkov: &["CKV_AWS_50"],
    trivy: &["AVD-AWS-0066", "AWS-0066", "aws-lambda-enable-tracing"],
    references: &[
        "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#tracing_config",
    ],
    resource_kinds: &["aws_lambda_function"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(entry) = cx.body().entry("tracing_config") else {
        cx.report_missing(format!(
            "function has no `{}`, so X-Ray traces only requests its callers sampled",
            cx.attr_name("tracing_config", "TracingConfig")
        ));
        return;
    };
    let Some(tracing) = cx.body().blocks("tracing_config").next() else {
        return;
    };
    if tracing.is_unknown() {
        return;
    }
    match setting(tracing, "mode") {
        Setting::Unknown(_) => {}
        Setting::Missing => cx.report(
            entry.key_span,
            cx.attr_name(
                "`tracing_config` does not set `mode = \"Active\"`",
                "`TracingConfig` does not set `Mode: Active`",
            ),
        ),
        Setting::Set(e) => {
            if let Some(mode) = e.node.as_str().filter(|m| *m != "Active") {
                cx.report(
                    e.span(),
                    format!("function tracing mode is \"{mode}\", not \"Active\""),
                );
            }
        }
    }
}
