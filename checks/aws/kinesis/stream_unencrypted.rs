use crate::check::prelude::*;
use crate::facts::aws_more_a::{Str, str_in};

pub static CHECK: Check = Check {
    id: "AWS-KINESIS-001",
    name: "kinesis-stream-unencrypted",
    title: "Kinesis data stream is not encrypted",
    severity: Severity::High,
    description: "Flags `aws_kinesis_stream` resources whose `encryption_type` is unset (the \
        provider default is `NONE`) or `NONE`.\n\nWithout server-side encryption, the records \
        of the stream are stored unencrypted for the whole retention period. Streams often \
        carry events, clickstreams and change data capture with personal or business data.",
    remediation: "Set `encryption_type = \"KMS\"` with `kms_key_id` naming a customer managed \
        key (or `alias/aws/kinesis` for the AWS managed key). Encryption can be turned on \
        without replacing the stream.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_43"],
    trivy: &[
        "AVD-AWS-0064",
        "AWS-0064",
        "aws-kinesis-enable-in-transit-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type",
    ],
    resource_kinds: &["aws_kinesis_stream"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match str_in(cx, cx.body(), "encryption_type") {
        Str::Missing => cx.report_missing(cx.attr_name(
            "stream does not set `encryption_type`, so its records are stored unencrypted",
            "stream has no `StreamEncryption`, so its records are stored unencrypted",
        )),
        Str::Value(t, e) if !t.trim().eq_ignore_ascii_case("KMS") => cx.report(
            e.span(),
            if cx.is_cloudformation() {
                format!("stream records are stored unencrypted (`EncryptionType: {t}`)")
            } else {
                format!("stream records are stored unencrypted (`encryption_type = \"{t}\"`)")
            },
        ),
        _ => {}
    }
}
