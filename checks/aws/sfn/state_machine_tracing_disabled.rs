use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-SFN-002",
    name: "sfn-state-machine-tracing-disabled",
    title: "Step Functions state machine does not have X-Ray tracing enabled",
    severity: Severity::Low,
    description: "Flags `aws_sfn_state_machine` resources without `tracing_configuration { \
        enabled = true }` (tracing is off by default). On CloudFormation, \
        `AWS::StepFunctions::StateMachine` resources without `TracingConfiguration` \
        `Enabled: true`, and SAM `AWS::Serverless::StateMachine` resources without `Tracing` \
        `Enabled: true`.\n\n\
        Without X-Ray tracing, the path of an execution through the Lambda functions, queues \
        and APIs it calls is not recorded: errors, retries and unexpected calls made by a \
        workflow during an incident leave no end-to-end trace to follow.",
    remediation: "Add `tracing_configuration { enabled = true }` (CloudFormation: \
        `TracingConfiguration: {Enabled: true}`; SAM: `Tracing: {Enabled: true}`) and allow \
        the state machine's role to write traces (`xray:PutTraceSegments`, \
        `xray:PutTelemetryRecords`, `xray:GetSamplingRules`, `xray:GetSamplingTargets`).",
    compliance: &["nist-800-53:AU-12", "nist-800-53:SI-4", "soc2:CC7.2"],
    checkov: &["CKV_AWS_284"],
    trivy: &[
        "AVD-AWS-0117",
        "AWS-0117",
        "aws-sam-enable-state-machine-tracing",
    ],
    references: &[
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#tracing_configuration",
    ],
    resource_kinds: &["aws_sfn_state_machine"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(entry) = cx.body().entry("tracing_configuration") else {
        cx.report_missing(
            "state machine has no tracing configuration, so X-Ray does not trace its executions",
        );
        return;
    };
    let Some(config) = cx.body().blocks("tracing_configuration").next() else {
        return;
    };
    if config.is_unknown() {
        cx.note_unknown(entry.span(), "tracing_configuration");
        return;
    }
    if let Setting::Unknown(e) = setting(config, "enabled") {
        cx.note_unknown(e.span(), "enabled");
    }
    match bool_or(config, "enabled", false, entry.key_span) {
        Some((false, span)) if matches!(setting(config, "enabled"), Setting::Missing) => cx.report(
            span,
            format!(
                "tracing configuration does not set `{}`, so X-Ray does not trace executions",
                cx.attr_name("enabled = true", "Enabled: true"),
            ),
        ),
        Some((false, span)) => cx.report(
            span,
            format!(
                "X-Ray tracing is turned off (`{}`)",
                cx.attr_name("enabled = false", "Enabled: false")
            ),
        ),
        _ => {}
    }
}
