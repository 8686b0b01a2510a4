use crate::check::prelude::*;
use crate::facts::aws_more_b::{Block, Str, block, str_of};

pub static CHECK: Check = Check {
    id: "AWS-GLUE-003",
    name: "glue-security-configuration-encryption-disabled",
    title: "Glue security configuration leaves job data unencrypted",
    severity: Severity::Medium,
    description: "Flags `aws_glue_security_configuration` resources whose \
        `encryption_configuration` turns encryption off for CloudWatch logs \
        (`cloudwatch_encryption_mode`), job bookmarks (`job_bookmarks_encryption_mode`) or \
        data written to S3 (`s3_encryption_mode`): set to `DISABLED`, or left unset, which \
        the provider treats as `DISABLED`. One finding per disabled part. On CloudFormation, \
        the `S3Encryptions`, `CloudWatchEncryption` and `JobBookmarksEncryption` parts of an \
        `AWS::Glue::SecurityConfiguration`.\n\n\
        Jobs, crawlers and development endpoints that use the configuration then write their \
        output, their logs (which often echo records and connection details) and their \
        bookmark state without the encryption the configuration exists to enforce.",
    remediation: "Set `s3_encryption_mode = \"SSE-KMS\"`, `cloudwatch_encryption_mode = \
        \"SSE-KMS\"` and `job_bookmarks_encryption_mode = \"CSE-KMS\"`, each with a \
        `kms_key_arn` naming a customer managed key.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_99"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration",
    ],
    resource_kinds: &["aws_glue_security_configuration"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// (block, mode attribute, what it covers)
const PARTS: &[(&str, &str, &str)] = &[
    ("s3_encryption", "s3_encryption_mode", "data written to S3"),
    (
        "cloudwatch_encryption",
        "cloudwatch_encryption_mode",
        "CloudWatch logs",
    ),
    (
        "job_bookmarks_encryption",
        "job_bookmarks_encryption_mode",
        "job bookmarks",
    ),
];

fn run(cx: &Ctx) {
    let Block::Present(_, config) = block(cx, cx.body(), "encryption_configuration") else {
        return;
    };
    for (key, mode, what) in PARTS {
        for part in config.blocks(key) {
            if part.is_unknown() {
                continue;
            }
            // The property as a CloudFormation template names it.
            let shown = if cx.is_cloudformation() {
                match *mode {
                    "s3_encryption_mode" => "S3EncryptionMode",
                    "cloudwatch_encryption_mode" => "CloudWatchEncryptionMode",
                    _ => "JobBookmarksEncryptionMode",
                }
            } else {
                mode
            };
            let equals = cx.attr_name(" = ", ": ");
            match str_of(cx, part, mode) {
                Str::Missing => {
                    let span = config.entry(key).map_or(cx.resource.span, |e| e.key_span);
                    cx.report(
                        span,
                        format!(
                            "security configuration does not encrypt {what}: `{shown}` is not \
                             set and defaults to \"DISABLED\""
                        ),
                    );
                }
                Str::Value(v, e) if v.eq_ignore_ascii_case("DISABLED") => cx.report(
                    e.span(),
                    format!(
                        "security configuration does not encrypt {what} \
                         (`{shown}{equals}\"DISABLED\"`)"
                    ),
                ),
                _ => {}
            }
        }
    }
}
