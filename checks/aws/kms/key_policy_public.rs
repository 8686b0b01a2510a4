use crate::check::prelude::*;
use crate::facts::aws_iam;

pub static CHECK: Check = Check {
    id: "AWS-KMS-002",
    name: "kms-key-policy-public",
    title: "KMS key policy allows any principal",
    severity: Severity::Critical,
    description: "Flags key policies (`policy` of `aws_kms_key` or `aws_kms_key_policy`) with an \
        `Allow` statement for the principal `*` or `{\"AWS\": \"*\"}` that has no `Condition`; in \
        CloudFormation, the `KeyPolicy` of an `AWS::KMS::Key`.\n\n\
        A key policy is the primary access control of a KMS key. A wildcard principal without a \
        condition lets any AWS account use or manage the key: decrypt the data it protects, or \
        with `kms:*` change its policy and schedule its deletion.",
    remediation: "Name the principals that need the key in `Principal` (the account root, \
        specific roles), or keep the wildcard only together with a `Condition` such as \
        `kms:CallerAccount`, `kms:ViaService` or `aws:PrincipalOrgID`.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:SC-12",
        "soc2:CC6.1",
        "pci-dss:3.6.1",
    ],
    checkov: &["CKV_AWS_33"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key_policy",
    ],
    resource_kinds: &["aws_kms_key", "aws_kms_key_policy"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(policy) = aws_iam::policy_in(cx, "policy") else {
        return;
    };
    for (i, st) in policy.doc.statements.iter().enumerate() {
        if !st.is_public_allow() {
            continue;
        }
        let what = if st.actions.is_empty() {
            // An unknown `NotAction` still leaves every other action open.
            if st.not_actions.is_empty() && !st.unknown.not_actions {
                continue;
            }
            "every action outside its `NotAction`".to_string()
        } else {
            st.actions
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        cx.report_related(
            policy.span(),
            format!("key policy allows any principal (\"*\") to call {what} without a condition"),
            policy.statement_origin(i),
        );
    }
}
