use crate::check::prelude::*;
use crate::facts::aws_more_b::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AWS-IAM-007",
    name: "iam-user-access-key",
    title: "IAM user is given a long-lived access key",
    severity: Severity::Low,
    description: "Flags `aws_iam_access_key` resources, other than inactive ones (`status = \
        \"Inactive\"`), and says when no `pgp_key` protects the secret. On CloudFormation, \
        `AWS::IAM::AccessKey` resources other than those with `Status: Inactive`.\n\n\
        An access key is a credential that never expires by itself: it ends up in CI \
        variables, developer laptops and configuration files, and a leaked key works from \
        anywhere until someone notices and deletes it. Created by Terraform, the secret is \
        also written to the state, in plain text unless a PGP key encrypts it.",
    remediation: "Give workloads roles instead (instance profiles, IRSA or EKS Pod Identity, \
        task roles, GitHub or GitLab OIDC federation) and people IAM Identity Center or \
        federated access. Where a key is unavoidable, set `pgp_key`, keep its permissions \
        minimal and rotate it regularly.",
    compliance: &[
        "nist-800-53:IA-5",
        "nist-800-53:AC-2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key",
    ],
    resource_kinds: &["aws_iam_access_key"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match str_of(cx, cx.body(), "status") {
        Str::Value(s, _) if s.eq_ignore_ascii_case("Inactive") => return,
        Str::Unknown => return,
        _ => {}
    }
    let who = match cx.body().get("user").and_then(Node::as_str) {
        Some(u) => format!("user \"{u}\""),
        // `UserName: !Ref Deployer`: the user the template defines, by its logical id.
        None => match cx.graph.targets(cx.id, "user").next() {
            Some((_, u)) if cx.is_cloudformation() => format!("user {}", u.name),
            _ => "an IAM user".to_string(),
        },
    };
    let state = match cx.setting("pgp_key") {
        // A CloudFormation stack keeps no state file; the secret is read with `Fn::GetAtt`.
        _ if cx.is_cloudformation() => "",
        Setting::Missing => {
            ", and with no `pgp_key` its secret is stored in plain text in the \
             Terraform state"
        }
        _ => "",
    };
    let span = cx.resource.span_of("user");
    cx.report(
        span,
        format!("creates a long-lived access key for {who}{state}"),
    );
}
