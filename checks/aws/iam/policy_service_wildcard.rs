use crate::check::prelude::*;
use crate::facts::aws_iam;
use crate::policy::service_wildcard;

pub static CHECK: Check = Check {
    id: "AWS-IAM-002",
    name: "iam-policy-service-wildcard-all-resources",
    title: "IAM policy allows every action of a service on all resources",
    severity: Severity::High,
    description: "Flags identity policies with an unconditional `Allow` statement that grants a \
        whole service (`s3:*`, `iam:*`, `dynamodb:*`, ...) on resource `*`. Statements with a \
        `Condition` are left alone, as are services whose actions cannot be scoped to resources \
        (`support`, `pricing`, `aws-portal`); `*` on `*` is reported by AWS-IAM-001 instead. \
        CloudFormation policies are read as for AWS-IAM-001.\n\n\
        A service wildcard includes that service's destructive and permission-changing actions \
        (deleting buckets, changing bucket policies, creating access keys) and, on `*`, applies \
        them to every resource of the account. `iam:*` or `sts:*` on `*` is a path to full \
        administrator access.",
    remediation: "List the actions the principal needs (`s3:GetObject`, `s3:PutObject`) \
        instead of `service:*`, and scope `Resource` to the ARNs it works on. If broad access \
        is needed, add a `Condition` (resource tags, `aws:ResourceAccount`) that limits it.",
    compliance: &["nist-800-53:AC-6", "soc2:CC6.1", "pci-dss:7.2.1"],
    checkov: &["CKV_AWS_355", "CKV_AWS_356"],
    trivy: &["AVD-AWS-0057", "AWS-0057", "aws-iam-no-policy-wildcards"],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
    ],
    resource_kinds: aws_iam::IDENTITY_POLICY_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// Services none of whose actions can be limited to a resource: `*` is the only choice.
const UNSCOPABLE: &[&str] = &["support", "pricing", "aws-portal"];

fn run(cx: &Ctx) {
    for policy in aws_iam::identity_policies(cx) {
        for (i, st) in policy.doc.statements.iter().enumerate() {
            if !st.allow
                || st.condition.is_some()
                || !st.has_wildcard_resource()
                || st.has_wildcard_action()
            {
                continue;
            }
            let actions: Vec<String> = st
                .actions
                .iter()
                .filter(|a| {
                    service_wildcard(a)
                        .is_some_and(|s| !UNSCOPABLE.iter().any(|u| u.eq_ignore_ascii_case(s)))
                })
                .map(|a| format!("\"{a}\""))
                .collect();
            if actions.is_empty() {
                continue;
            }
            let what = if actions.len() == 1 {
                format!("action {}", actions[0])
            } else {
                format!("actions {}", actions.join(", "))
            };
            cx.report_related(
                policy.span(),
                format!("policy allows {what} on resource \"*\" without a condition"),
                policy.statement_origin(i),
            );
        }
    }
}
