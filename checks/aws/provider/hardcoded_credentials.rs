use crate::check::prelude::*;
use crate::facts::aws_more_a::{mask, secret_value_kind};

pub static CHECK: Check = Check {
    id: "AWS-PROVIDER-001",
    name: "aws-provider-hardcoded-credentials",
    title: "AWS provider has hard-coded access keys",
    severity: Severity::Critical,
    description: "Flags `provider \"aws\"` blocks whose `access_key` has the shape of an AWS \
        access key id (`AKIA…`, `ASIA…`) or whose `secret_key` has the shape of a secret \
        access key (40 characters of letters, digits, `/` and `+`), written in the \
        configuration, in a variable default or in a variables file. Placeholder values used \
        with local emulators (`test`, `mock_access_key`) and values that cannot be known \
        statically are left out; values are shown masked.\n\n\
        A key written into Terraform code is copied into every clone, fork, CI log and \
        backup of the repository, and an AWS access key works from anywhere until it is \
        deactivated.",
    remediation: "Remove `access_key` and `secret_key` from the provider block and let the \
        provider find credentials itself: environment variables, a shared credentials \
        profile, SSO, or a role (`assume_role`, or the instance/task role in CI). Deactivate \
        and rotate the key that was committed.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AWS_41"],
    trivy: &[],
    references: &[
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
    ],
    resource_kinds: &["provider.aws"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Setting::Set(e) = cx.setting("access_key")
        && let Some(v) = e.node.as_str()
        && secret_value_kind(v) == Some("an AWS access key id")
    {
        cx.report(
            e.span(),
            format!(
                "provider sets `access_key` to an AWS access key id ({})",
                mask(v)
            ),
        );
    }
    if let Setting::Set(e) = cx.setting("secret_key")
        && let Some(v) = e.node.as_str()
        && is_secret_access_key(v)
    {
        cx.report(
            e.span(),
            format!(
                "provider sets `secret_key` to a secret access key ({})",
                mask(v)
            ),
        );
    }
}

/// 40 characters of the base64 alphabet, with at least one digit, one upper- and one
/// lower-case letter (so that a 40-letter word is not taken for a key).
fn is_secret_access_key(v: &str) -> bool {
    v.len() == 40
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '+')
        && v.chars().any(|c| c.is_ascii_digit())
        && v.chars().any(|c| c.is_ascii_uppercase())
        && v.chars().any(|c| c.is_ascii_lowercase())
}
