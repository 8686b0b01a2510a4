use crate::check::prelude::*;
use crate::facts::aws_iam;
use crate::policy::{is_full_wildcard, service_wildcard};

pub static CHECK: Check = Check {
    id: "AWS-IAM-006",
    name: "iam-policy-pass-role-any-role",
    title: "IAM policy allows passing any role",
    severity: Severity::High,
    description: "Flags identity policies with an unconditional `Allow` statement that grants \
        `iam:PassRole` (by name or through a pattern such as `iam:Pass*`) on resource `*` or \
        on every role of an account (`arn:aws:iam::123456789012:role/*`). Statements with a \
        `Condition` (typically `iam:PassedToService`) are left alone, as are `*` and `iam:*`, \
        which AWS-IAM-001 and AWS-IAM-002 report. CloudFormation policies are read as for \
        AWS-IAM-001.\n\n`iam:PassRole` lets a principal hand a \
        role to a service (an EC2 instance, a Lambda function, a Glue job) that then acts \
        with that role's permissions. On every role, it lets the principal run code as the \
        most privileged role in the account: a classic privilege escalation path.",
    remediation: "Scope `Resource` of `iam:PassRole` to the ARNs of the roles the principal \
        really needs to pass, and add a `Condition` on `iam:PassedToService` naming the \
        service that receives them.",
    compliance: &["nist-800-53:AC-6", "soc2:CC6.1", "pci-dss:7.2.1"],
    checkov: &[],
    trivy: &["AVD-AWS-0342", "AWS-0342", "aws-iam-filter-passrole-access"],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document",
    ],
    resource_kinds: aws_iam::IDENTITY_POLICY_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// `*`, or every role of an account: `arn:aws:iam::123456789012:role/*`.
fn all_roles(resource: &str) -> bool {
    if resource == "*" {
        return true;
    }
    let parts: Vec<&str> = resource.splitn(6, ':').collect();
    matches!(
        parts.as_slice(),
        ["arn", _, "iam", "", _, "role/*"] | ["arn", _, "iam", "", _, "*"]
    )
}

fn run(cx: &Ctx) {
    for policy in aws_iam::identity_policies(cx) {
        for (i, st) in policy.doc.statements.iter().enumerate() {
            if !st.allow || st.condition.is_some() {
                continue;
            }
            let actions = st.actions_granting("iam:PassRole");
            // `*` and `iam:*` are reported by AWS-IAM-001 / AWS-IAM-002.
            if actions.is_empty()
                || actions
                    .iter()
                    .any(|a| is_full_wildcard(a) || service_wildcard(a).is_some())
            {
                continue;
            }
            let Some(resource) = st.resources.iter().find(|r| all_roles(r)) else {
                continue;
            };
            let via = if actions[0].eq_ignore_ascii_case("iam:PassRole") {
                String::new()
            } else {
                format!(" (through \"{}\")", actions[0])
            };
            cx.report_related(
                policy.span(),
                format!("policy allows iam:PassRole{via} on \"{resource}\", so any role can be passed to a service"),
                policy.statement_origin(i),
            );
        }
    }
}
