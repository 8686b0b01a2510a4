use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, Str, block_path, str_of};

pub static CHECK: Check = Check {
    id: "AWS-CODEBUILD-003",
    name: "codebuild-project-s3-logs-unencrypted",
    title: "CodeBuild project writes build logs to S3 unencrypted",
    severity: Severity::Low,
    description: "Flags `aws_codebuild_project` resources whose \
        `logs_config.s3_logs` is enabled (`status = \"ENABLED\"`) with \
        `encryption_disabled = true`.\n\n\
        Build logs echo commands, environment details and, all too often, tokens and \
        passwords printed by build scripts. Written to S3 unencrypted, they lose the KMS key \
        policy that limits who may read them.",
    remediation: "Remove `encryption_disabled` from `s3_logs` or set it to `false`, and set the \
        project's `encryption_key` to a customer managed key.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:AU-9",
        "pci-dss:3.5.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_311"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_S3LogsConfig.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#s3_logs",
    ],
    resource_kinds: &["aws_codebuild_project"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, s3) = block_path(cx, cx.body(), &["logs_config", "s3_logs"]) else {
        return;
    };
    // S3 logs are off unless enabled.
    let Str::Value(status, _) = str_of(cx, s3, "status") else {
        return;
    };
    if !status.eq_ignore_ascii_case("ENABLED") {
        return;
    }
    if let Flag::On = flag_in(cx, s3, "encryption_disabled")
        && let Some(e) = s3.entry("encryption_disabled")
    {
        cx.report(
            e.span(),
            format!(
                "build logs are written to S3 unencrypted (`{}`)",
                cx.attr_name("encryption_disabled = true", "EncryptionDisabled: true")
            ),
        );
    }
}
