use crate::check::prelude::*;
use crate::facts::aws_iam;

pub static CHECK: Check = Check {
    id: "AWS-IAM-004",
    name: "iam-role-trust-any-principal",
    title: "IAM role can be assumed by any principal",
    severity: Severity::Critical,
    description: "Flags `aws_iam_role` trust policies (`assume_role_policy`) with an `Allow` \
        statement that grants `sts:AssumeRole` (directly or through a wildcard such as `sts:*` or \
        `*`) to the principal `*` or `{\"AWS\": \"*\"}` without any `Condition`; in \
        CloudFormation, the `AssumeRolePolicyDocument` of an `AWS::IAM::Role`.\n\n\
        A trust policy names who may become the role. With a wildcard principal and no condition, \
        any AWS account in the world, including an attacker's, can assume the role and use all of \
        its permissions.",
    remediation: "Name the trusted principals in `Principal` (account ids, role ARNs or \
        service principals such as `ec2.amazonaws.com`). If the principal must stay broad, \
        restrict it with a `Condition` such as `aws:PrincipalOrgID` or `sts:ExternalId`.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_AWS_60"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role",
    ],
    resource_kinds: &["aws_iam_role"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(policy) = aws_iam::policy_in(cx, "assume_role_policy") else {
        return;
    };
    for (i, st) in policy.doc.statements.iter().enumerate() {
        if !st.is_public_allow() {
            continue;
        }
        let Some(action) = st.actions_granting("sts:AssumeRole").into_iter().next() else {
            continue;
        };
        let how = if action.eq_ignore_ascii_case("sts:AssumeRole") {
            String::new()
        } else {
            format!(" (through \"{action}\")")
        };
        cx.report_related(
            policy.span(),
            format!(
                "trust policy lets any principal (\"*\") assume the role{how} without a condition"
            ),
            policy.statement_origin(i),
        );
    }
}
