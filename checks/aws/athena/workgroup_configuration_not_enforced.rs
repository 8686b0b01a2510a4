use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, block};

pub static CHECK: Check = Check {
    id: "AWS-ATHENA-001",
    name: "athena-workgroup-configuration-not-enforced",
    title: "Athena workgroup lets clients override its settings",
    severity: Severity::Medium,
    description: "Flags `aws_athena_workgroup` resources with \
        `configuration.enforce_workgroup_configuration = false` (the default is `true`).\n\n\
        Without enforcement every client may replace the workgroup's result location and \
        encryption settings with its own, so query results, which often hold copies of \
        sensitive data, can be written unencrypted or to a bucket outside your control.",
    remediation: "Remove `enforce_workgroup_configuration` or set it to `true`, and put the \
        result location and encryption clients should use in the workgroup's \
        `result_configuration`.",
    compliance: &[
        "nist-800-53:CM-6",
        "nist-800-53:SC-28",
        "soc2:CC6.1",
        "iso-27001:A.8.9",
    ],
    checkov: &["CKV_AWS_82"],
    trivy: &[
        "AVD-AWS-0007",
        "AWS-0007",
        "aws-athena-no-encryption-override",
    ],
    references: &[
        "https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#enforce_workgroup_configuration",
    ],
    resource_kinds: &["aws_athena_workgroup"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, config) = block(cx, cx.body(), "configuration") else {
        return;
    };
    if let Flag::Off(e) = flag_in(cx, config, "enforce_workgroup_configuration") {
        cx.report(
            e.span(),
            "workgroup does not enforce its configuration, so clients can override its result \
             location and encryption",
        );
    }
}
