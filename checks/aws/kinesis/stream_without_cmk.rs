use crate::check::prelude::*;
use crate::facts::aws_more_a::{Str, is_aws_managed_key, str_in};

pub static CHECK: Check = Check {
    id: "AWS-KINESIS-002",
    name: "kinesis-stream-without-cmk",
    title: "Kinesis data stream is encrypted with the AWS managed key",
    severity: Severity::Low,
    description: "Flags `aws_kinesis_stream` resources with `encryption_type = \"KMS\"` whose \
        `kms_key_id` is unset, empty or the AWS managed key `alias/aws/kinesis`. Streams that \
        are not encrypted at all are reported by AWS-KINESIS-001 instead.\n\nThe key policy of \
        an AWS managed key cannot be changed: every principal in the account allowed to read \
        the stream can decrypt it, and the key cannot be disabled or audited separately in an \
        incident.",
    remediation: "Set `kms_key_id` to a customer managed `aws_kms_key` whose key policy allows \
        only the producers and consumers of the stream.",
    compliance: &["nist-800-53:SC-12", "soc2:CC6.1", "iso-27001:A.8.24"],
    checkov: &["CKV_AWS_185"],
    trivy: &[
        "AVD-AWS-0064",
        "AWS-0064",
        "aws-kinesis-enable-in-transit-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#kms_key_id",
    ],
    resource_kinds: &["aws_kinesis_stream"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Str::Value(t, _) = str_in(cx, cx.body(), "encryption_type") else {
        return;
    };
    if !t.trim().eq_ignore_ascii_case("KMS") {
        return;
    }
    match str_in(cx, cx.body(), "kms_key_id") {
        Str::Missing => cx.report_missing(format!(
            "stream does not set `{}`, so it is encrypted with the AWS managed key",
            cx.attr_name("kms_key_id", "KeyId")
        )),
        Str::Value(k, e) if k.trim().is_empty() || is_aws_managed_key(k) => {
            cx.report(e.span(), "stream is encrypted with the AWS managed key")
        }
        _ => {}
    }
}
