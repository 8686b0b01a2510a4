use crate::check::prelude::*;
use crate::facts::aws_data;

pub static CHECK: Check = Check {
    id: "AWS-SQS-002",
    name: "sqs-queue-policy-public",
    title: "SQS queue policy allows any principal",
    severity: Severity::High,
    description: "Flags the `policy` of `aws_sqs_queue_policy` and `aws_sqs_queue` resources \
        when a statement allows `\"Principal\": \"*\"` (or `{\"AWS\": \"*\"}`, or uses \
        `NotPrincipal`) and has no `Condition`. Statements narrowed by a condition (such as \
        `aws:SourceArn` for an SNS topic or S3 bucket) are not flagged.\n\nA queue policy open \
        to every principal lets any AWS account, and for some actions anonymous callers, send, \
        read or delete messages: that means injected work items, leaked message contents, or a \
        drained queue.",
    remediation: "Name the accounts, roles or services that need access in `Principal`, or add \
        a `Condition` that pins the caller (for example `aws:SourceArn`, `aws:SourceAccount` or \
        `aws:PrincipalOrgID`).",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_168"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy",
    ],
    resource_kinds: &["aws_sqs_queue_policy", "aws_sqs_queue"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    aws_data::report_public_policy(cx, "queue");
}
