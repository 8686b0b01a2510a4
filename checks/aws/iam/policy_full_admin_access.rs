use crate::check::prelude::*;
use crate::facts::aws_iam;
use crate::policy::is_full_wildcard;

pub static CHECK: Check = Check {
    id: "AWS-IAM-001",
    name: "iam-policy-full-admin-access",
    title: "IAM policy grants full administrative access",
    severity: Severity::Critical,
    description: "Flags identity policies (`aws_iam_policy`, `aws_iam_role_policy`, \
        `aws_iam_user_policy`, `aws_iam_group_policy`, inline policies of `aws_iam_role` and SSO \
        permission sets) with an `Allow` statement whose action is `*` (or `*:*`) on resource `*`. \
        The policy may be a heredoc, `jsonencode(...)` or an `aws_iam_policy_document` data \
        source. In CloudFormation: the `PolicyDocument` of `AWS::IAM::Policy`, \
        `AWS::IAM::ManagedPolicy` and the `AWS::IAM::RolePolicy` family, and the inline `Policies` \
        of roles, users and groups.\n\n\
        Such a statement makes whoever holds the policy an administrator of the whole account: \
        they can read every secret, delete every resource and grant themselves or others any \
        further access. A leaked credential or a compromised workload with this policy is a full \
        account compromise.",
    remediation: "Replace the `*` action with the specific actions the principal needs and \
        scope `Resource` to the ARNs it works on. Where broad access is truly required, \
        prefer an AWS managed job-function policy and keep administrator access to a few \
        roles assumed with MFA.",
    compliance: &[
        "cis-aws:1.16",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_AWS_62", "CKV_AWS_1"],
    trivy: &["AVD-AWS-0057", "AWS-0057", "aws-iam-no-policy-wildcards"],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy",
    ],
    resource_kinds: aws_iam::IDENTITY_POLICY_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for policy in aws_iam::identity_policies(cx) {
        for (i, st) in policy.doc.statements.iter().enumerate() {
            if !st.allow || !st.has_wildcard_resource() {
                continue;
            }
            let Some(action) = st.actions.iter().find(|a| is_full_wildcard(a)) else {
                continue;
            };
            cx.report_related(
                policy.span(),
                format!(
                    "policy allows action \"{action}\" on resource \"*\", which is full \
                     administrative access"
                ),
                policy.statement_origin(i),
            );
        }
    }
}
