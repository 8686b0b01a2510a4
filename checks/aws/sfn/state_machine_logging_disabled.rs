use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-SFN-001",
    name: "sfn-state-machine-logging-disabled",
    title: "Step Functions state machine does not log its executions",
    severity: Severity::Low,
    description: "Flags `aws_sfn_state_machine` resources without a `logging_configuration` \
        block, or whose `level` is `OFF` or left unset (the default is `OFF`). On \
        CloudFormation, `AWS::StepFunctions::StateMachine` resources without a \
        `LoggingConfiguration` whose `Level` is other than `OFF`, and SAM \
        `AWS::Serverless::StateMachine` resources without such a `Logging`.\n\n\
        With logging off, Step Functions writes no execution events to CloudWatch Logs: Express \
        workflows then keep no execution history at all, and for Standard workflows the \
        console history expires after 90 days. Failed or unexpected executions of a workflow \
        that moves data or calls other services cannot be reconstructed afterwards.",
    remediation: "Add `logging_configuration { level = \"ERROR\" }` (or `\"ALL\"`) with \
        `log_destination` naming a CloudWatch Logs log group (`\"${aws_cloudwatch_log_group.x.arn}:*\"`); \
        on CloudFormation, `LoggingConfiguration` with `Level` and `Destinations` (SAM: \
        `Logging`). Set `include_execution_data` only where inputs and outputs may be logged.",
    compliance: &["nist-800-53:AU-2", "nist-800-53:AU-12", "soc2:CC7.2"],
    checkov: &[],
    trivy: &[
        "AVD-AWS-0119",
        "AWS-0119",
        "aws-sam-enable-state-machine-logging",
    ],
    references: &[
        "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#logging_configuration",
    ],
    resource_kinds: &["aws_sfn_state_machine"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(entry) = cx.body().entry("logging_configuration") else {
        cx.report_missing(
            "state machine has no logging configuration, so its executions are not logged",
        );
        return;
    };
    let Some(config) = cx.body().blocks("logging_configuration").next() else {
        return;
    };
    if config.is_unknown() {
        cx.note_unknown(entry.span(), "logging_configuration");
        return;
    }
    match setting(config, "level") {
        Setting::Unknown(e) => cx.note_unknown(e.span(), "level"),
        Setting::Missing => cx.report(
            entry.key_span,
            format!(
                "logging configuration does not set `{}`, which defaults to \"OFF\", so \
                 executions are not logged",
                cx.attr_name("level", "Level"),
            ),
        ),
        Setting::Set(e) => {
            if e.node
                .as_str()
                .is_some_and(|l| l.trim().eq_ignore_ascii_case("OFF"))
            {
                cx.report(
                    e.span(),
                    "state machine logging level is \"OFF\", so executions are not logged",
                );
            }
        }
    }
}
