use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-IAM-003",
    name: "iam-policy-attached-to-user",
    title: "IAM policy is attached directly to a user",
    severity: Severity::Low,
    description: "Flags policies granted straight to IAM users: inline user policies \
        (`aws_iam_user_policy`), managed policy attachments to a user \
        (`aws_iam_user_policy_attachment`) and `aws_iam_policy_attachment` resources that list \
        `users`. In CloudFormation: the inline `Policies` and the `ManagedPolicyArns` of an \
        `AWS::IAM::User`, `AWS::IAM::UserPolicy`, and `AWS::IAM::Policy` or \
        `AWS::IAM::ManagedPolicy` resources that list `Users`.\n\n\
        Permissions scattered over individual users are hard to review and tend to outlive the \
        reason they were granted. Granting them through groups (or, better, roles) keeps access in \
        a few places that can be audited and revoked at once.",
    remediation: "Put the user in an `aws_iam_group` and attach the policy to the group with \
        `aws_iam_group_policy_attachment` (or `aws_iam_group_policy` for an inline policy); \
        for workloads and people who can federate, use roles instead of users. In \
        CloudFormation, give the policy to an `AWS::IAM::Group` (its `Policies` or \
        `ManagedPolicyArns`, or the policy's `Groups`) and list the group in the user's \
        `Groups`.",
    compliance: &[
        "cis-aws:1.15",
        "nist-800-53:AC-2",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_40"],
    trivy: &[
        "AVD-AWS-0143",
        "AWS-0143",
        "aws-iam-no-user-attached-policies",
    ],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_policy_attachment",
    ],
    resource_kinds: &[
        "aws_iam_user_policy",
        "aws_iam_user_policy_attachment",
        "aws_iam_policy_attachment",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn user_name(e: &Entry) -> String {
    match e.node.as_str() {
        Some(u) => format!("user \"{u}\""),
        None => "a user".to_string(),
    }
}

fn run(cx: &Ctx) {
    match cx.resource.kind.as_str() {
        "aws_iam_user_policy" => match cx.body().entry("user") {
            Some(e) => cx.report(
                e.span(),
                format!("inline policy is attached directly to {}", user_name(e)),
            ),
            None => cx.report_missing("inline policy is attached directly to a user"),
        },
        "aws_iam_user_policy_attachment" => match cx.body().entry("user") {
            Some(e) => cx.report(
                e.span(),
                format!("policy is attached directly to {}", user_name(e)),
            ),
            None => cx.report_missing("policy is attached directly to a user"),
        },
        _ => {
            // aws_iam_policy_attachment: only its `users` matter.
            let Setting::Set(e) = cx.setting("users") else {
                return;
            };
            let Some(users) = e.node.as_list() else {
                return;
            };
            if users.is_empty() {
                return;
            }
            let names: Vec<String> = users
                .iter()
                .filter_map(|u| u.as_str().map(|s| format!("\"{s}\"")))
                .collect();
            let msg = if names.len() == users.len() {
                format!("policy is attached directly to users {}", names.join(", "))
            } else {
                "policy is attached directly to users".to_string()
            };
            cx.report(e.span(), msg);
        }
    }
}
