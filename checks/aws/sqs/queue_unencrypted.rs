use crate::check::prelude::*;
use crate::facts::aws_data::{self, Flag, KmsKey};

pub static CHECK: Check = Check {
    id: "AWS-SQS-001",
    name: "sqs-queue-unencrypted",
    title: "SQS queue has server-side encryption turned off",
    severity: Severity::Medium,
    description: "Flags `aws_sqs_queue` resources with `sqs_managed_sse_enabled = false` and no \
        `kms_master_key_id`.\n\nA queue that sets neither is not flagged: since 2022 \
        SQS encrypts new queues with SQS-owned keys (SSE-SQS) by default, and the provider \
        leaves `sqs_managed_sse_enabled` to that service default when it is not configured. \
        Turning it off explicitly stores message bodies unencrypted at rest, for as long as \
        the retention period keeps them.",
    remediation: "Remove `sqs_managed_sse_enabled = false` (or set it to `true`), or set \
        `kms_master_key_id` to a KMS key (a customer managed key gives control over who can \
        decrypt messages).",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_27"],
    trivy: &[
        "AVD-AWS-0096",
        "AWS-0096",
        "aws-sqs-enable-queue-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled",
    ],
    resource_kinds: &["aws_sqs_queue"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Flag::Off(e) = aws_data::flag(cx, "sqs_managed_sse_enabled") else {
        return;
    };
    // A KMS key (or one that may be set) encrypts the queue instead.
    let key = "kms_master_key_id";
    if aws_data::kms_key(cx, cx.body(), key, key) != KmsKey::None {
        return;
    }
    cx.report(
        e.span(),
        if cx.is_cloudformation() {
            "queue turns off server-side encryption (`SqsManagedSseEnabled: false`) and sets no \
             `KmsMasterKeyId`"
        } else {
            "queue turns off server-side encryption (`sqs_managed_sse_enabled = false`) and sets \
             no `kms_master_key_id`"
        },
    );
}
