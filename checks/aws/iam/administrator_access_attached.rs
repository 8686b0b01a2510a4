use crate::check::prelude::*;
use crate::facts::aws_more_b::{is_admin_policy_arn, refers_to_admin_policy_data};

pub static CHECK: Check = Check {
    id: "AWS-IAM-008",
    name: "iam-administrator-access-attached",
    title: "AWS managed AdministratorAccess policy is attached",
    severity: Severity::High,
    description: "Flags attachments of the AWS managed `AdministratorAccess` policy \
        (`arn:aws:iam::aws:policy/AdministratorAccess`, in any partition, or an \
        `aws_iam_policy` data source looking it up): `aws_iam_role_policy_attachment`, \
        `aws_iam_group_policy_attachment`, `aws_iam_user_policy_attachment`, \
        `aws_iam_policy_attachment`, the `*_policy_attachments_exclusive` resources, \
        `managed_policy_arns` of `aws_iam_role`, and \
        `aws_ssoadmin_managed_policy_attachment`. On CloudFormation, the \
        `ManagedPolicyArns` of `AWS::IAM::Role`, `AWS::IAM::User` and `AWS::IAM::Group` \
        (an ARN built with `${AWS::Partition}` is known only when the partition is given).\n\n\
        The policy allows every action on every resource: whoever holds the role, group, \
        user or permission set can read every secret, delete anything and grant themselves \
        or others further access. A compromised workload or leaked credential with it is a \
        full account compromise. A few tightly guarded break-glass roles may need it; \
        suppress the finding there with the reason.",
    remediation: "Attach policies that grant the actions and resources the principal needs \
        (or an AWS managed job-function policy such as `PowerUserAccess` or `ReadOnlyAccess` \
        where that fits), and keep administrator access to a few roles assumed with MFA.",
    compliance: &[
        "cis-aws:1.16",
        "nist-800-53:AC-6",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_AWS_274"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    ],
    resource_kinds: &[
        "aws_iam_role_policy_attachment",
        "aws_iam_group_policy_attachment",
        "aws_iam_user_policy_attachment",
        "aws_iam_policy_attachment",
        "aws_iam_role_policy_attachments_exclusive",
        "aws_iam_group_policy_attachments_exclusive",
        "aws_iam_user_policy_attachments_exclusive",
        "aws_iam_role",
        "aws_ssoadmin_managed_policy_attachment",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// Who gets the policy, for the message.
fn holder(cx: &Ctx) -> String {
    let body = cx.body();
    let named = |attr: &str, noun: &str| {
        body.get(attr)
            .and_then(Node::as_str)
            .map(|n| format!("{noun} \"{n}\""))
    };
    let kind = cx.resource.kind.as_str();
    let found = if kind.starts_with("aws_iam_role") {
        named("role", "role").or_else(|| named("role_name", "role"))
    } else if kind.starts_with("aws_iam_group") {
        named("group", "group").or_else(|| named("group_name", "group"))
    } else if kind.starts_with("aws_iam_user") {
        named("user", "user").or_else(|| named("user_name", "user"))
    } else if kind == "aws_ssoadmin_managed_policy_attachment" {
        Some("a permission set".to_string())
    } else {
        None
    };
    // A CloudFormation principal the template does not name is known by its logical id.
    let found = found.or_else(|| {
        let noun = ["role", "group", "user"]
            .into_iter()
            .find(|n| kind.starts_with(&format!("aws_iam_{n}")))?;
        cx.is_cloudformation()
            .then(|| format!("{noun} {}", cx.resource.name))
    });
    match kind {
        "aws_iam_role" => named("name", "role")
            .or(found)
            .unwrap_or_else(|| "the role".to_string()),
        "aws_iam_policy_attachment" => "its roles, groups and users".to_string(),
        _ => found.unwrap_or_else(|| "a principal".to_string()),
    }
}

fn run(cx: &Ctx) {
    let (attr, list) = match cx.resource.kind.as_str() {
        "aws_iam_role" => ("managed_policy_arns", true),
        "aws_ssoadmin_managed_policy_attachment" => ("managed_policy_arn", false),
        k if k.ends_with("_policy_attachments_exclusive") => ("policy_arns", true),
        _ => ("policy_arn", false),
    };
    let Some(entry) = cx.body().entry(attr) else {
        return;
    };
    let admin = if list {
        entry.node.as_list().is_some_and(|items| {
            items
                .iter()
                .any(|i| i.as_str().is_some_and(is_admin_policy_arn))
        }) || refers_to_admin_policy_data(cx, attr)
    } else {
        match entry.node.as_str() {
            Some(arn) => is_admin_policy_arn(arn),
            None => refers_to_admin_policy_data(cx, attr),
        }
    };
    if admin {
        cx.report(
            entry.span(),
            format!(
                "attaches the AWS managed AdministratorAccess policy to {}, granting every \
                 action on every resource",
                holder(cx)
            ),
        );
    } else if entry.node.to_value().contains_unknown() {
        cx.note_unknown(entry.span(), attr);
    }
}
