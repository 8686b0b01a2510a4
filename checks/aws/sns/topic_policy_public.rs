use crate::check::prelude::*;
use crate::facts::aws_data;

pub static CHECK: Check = Check {
    id: "AWS-SNS-002",
    name: "sns-topic-policy-public",
    title: "SNS topic policy allows any principal",
    severity: Severity::High,
    description: "Flags the `policy` of `aws_sns_topic_policy` and `aws_sns_topic` resources \
        when a statement allows `\"Principal\": \"*\"` (or `{\"AWS\": \"*\"}`, or uses \
        `NotPrincipal`) and has no `Condition`. Statements narrowed by a condition (such as \
        the `AWS:SourceOwner` condition of the default topic policy, or `aws:SourceArn`) are \
        not flagged.\n\nA topic open to every principal lets any AWS account publish to it \
        (spoofed alerts, spam to every subscriber, cost), subscribe its own endpoints to \
        receive every message, or change the topic's settings.",
    remediation: "Name the accounts, roles or services that need access in `Principal`, or add \
        a `Condition` that pins the caller (for example `aws:SourceArn`, `aws:SourceAccount` or \
        `aws:PrincipalOrgID`).",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_169"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy",
    ],
    resource_kinds: &["aws_sns_topic_policy", "aws_sns_topic"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    aws_data::report_public_policy(cx, "topic");
}
