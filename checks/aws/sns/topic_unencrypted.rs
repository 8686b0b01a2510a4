use crate::check::prelude::*;
use crate::facts::aws_data::{self, KmsKey};

pub static CHECK: Check = Check {
    id: "AWS-SNS-001",
    name: "sns-topic-unencrypted",
    title: "SNS topic is not encrypted at rest",
    severity: Severity::Medium,
    description: "Flags `aws_sns_topic` resources without a `kms_master_key_id` (unset or \
        empty): SNS only encrypts messages at rest when a KMS key is configured.\n\nMessages \
        are stored across availability zones until every subscriber has received them; \
        without server-side encryption their contents, which often include notifications \
        about orders, users or alarms, sit unencrypted on that storage.",
    remediation: "Set `kms_master_key_id` to a KMS key: `alias/aws/sns` for the AWS managed key, \
        or a customer managed key (required when publishers such as CloudWatch alarms or S3 \
        events must be granted `kms:GenerateDataKey*` and `kms:Decrypt`).",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_26"],
    trivy: &[
        "AVD-AWS-0095",
        "AWS-0095",
        "aws-sns-enable-topic-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id",
    ],
    resource_kinds: &["aws_sns_topic"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let key = "kms_master_key_id";
    if aws_data::kms_key(cx, cx.body(), key, key) != KmsKey::None {
        return;
    }
    let name = cx.attr_name(key, "KmsMasterKeyId");
    match cx.body().entry(key) {
        None => cx.report_missing(format!(
            "topic does not set `{name}`, so messages are not encrypted at rest"
        )),
        Some(e) => cx.report(
            e.span(),
            format!("topic sets an empty `{name}`, so messages are not encrypted at rest"),
        ),
    }
}
