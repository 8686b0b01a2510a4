use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, block, block_path};

pub static CHECK: Check = Check {
    id: "AWS-ATHENA-002",
    name: "athena-workgroup-results-unencrypted",
    title: "Athena workgroup does not set encryption for query results",
    severity: Severity::Low,
    description: "Flags `aws_athena_workgroup` resources whose \
        `configuration.result_configuration` sets where query results go but has no \
        `encryption_configuration`. Workgroups with managed query results (always \
        encrypted) are left out.\n\n\
        Query results are copies of the data queried. Without an encryption setting in the \
        workgroup, results are encrypted only if the result bucket applies default \
        encryption (S3 does so with its own keys for new objects since 2023); the workgroup \
        can neither require a KMS key of your own nor stop clients from choosing otherwise.",
    remediation: "Add `encryption_configuration` to `result_configuration`, preferably with \
        `encryption_option = \"SSE_KMS\"` and `kms_key_arn` naming a customer managed key, \
        and keep `enforce_workgroup_configuration = true`.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_159"],
    trivy: &[
        "AVD-AWS-0006",
        "AWS-0006",
        "aws-athena-enable-at-rest-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration",
    ],
    resource_kinds: &["aws_athena_workgroup"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, config) = block(cx, cx.body(), "configuration") else {
        return;
    };
    // Managed query results are always encrypted.
    if let Block::Present(_, managed) = block(cx, config, "managed_query_results_configuration")
        && !matches!(
            flag_in(cx, managed, "enabled"),
            Flag::Off(_) | Flag::Missing
        )
    {
        return;
    }
    let Block::Present(entry, results) = block_path(cx, config, &["result_configuration"]) else {
        return;
    };
    if let Block::Absent = block(cx, results, "encryption_configuration") {
        cx.report(
            entry.key_span,
            format!(
                "workgroup result configuration has no `{}`, so the workgroup does not encrypt \
                 query results",
                cx.attr_name("encryption_configuration", "EncryptionConfiguration")
            ),
        );
    }
}
