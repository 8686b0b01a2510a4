use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-IAM-005",
    name: "iam-password-policy-weak",
    title: "IAM account password policy is weak",
    severity: Severity::Medium,
    description: "Flags an `aws_iam_account_password_policy` that allows passwords shorter \
        than 14 characters, does not require lowercase, uppercase, numbers and symbols, \
        remembers fewer than 24 previous passwords, or lets passwords live longer than 90 \
        days. Each weak setting is reported where it is set; settings left out (where the \
        AWS default is weaker) are reported together on the resource. An unset \
        `max_password_age` (no expiry) is not reported. Terraform only: CloudFormation has \
        no resource type for the account password policy.\n\nIAM user passwords guard console \
        access to the account. Short, simple or recycled passwords fall to guessing and \
        credential stuffing, and the account password policy is the only control that \
        enforces their strength.",
    remediation: "Set `minimum_password_length = 14` (or more), `require_lowercase_characters`, \
        `require_uppercase_characters`, `require_numbers` and `require_symbols` to `true`, \
        `password_reuse_prevention = 24`, and, if you expire passwords, \
        `max_password_age` to 90 or less.",
    compliance: &[
        "cis-aws:1.8",
        "cis-aws:1.9",
        "nist-800-53:IA-5",
        "soc2:CC6.1",
        "pci-dss:8.3.6",
    ],
    checkov: &[
        "CKV_AWS_9",
        "CKV_AWS_10",
        "CKV_AWS_11",
        "CKV_AWS_12",
        "CKV_AWS_13",
        "CKV_AWS_14",
        "CKV_AWS_15",
    ],
    trivy: &[
        "AVD-AWS-0056",
        "AWS-0056",
        "aws-iam-no-password-reuse",
        "AVD-AWS-0058",
        "AWS-0058",
        "aws-iam-require-lowercase-in-passwords",
        "AVD-AWS-0059",
        "AWS-0059",
        "aws-iam-require-numbers-in-passwords",
        "AVD-AWS-0060",
        "AWS-0060",
        "aws-iam-require-symbols-in-passwords",
        "AVD-AWS-0061",
        "AWS-0061",
        "aws-iam-require-uppercase-in-passwords",
        "AVD-AWS-0062",
        "AWS-0062",
        "aws-iam-set-max-password-age",
        "AVD-AWS-0063",
        "AWS-0063",
        "aws-iam-set-minimum-password-length",
    ],
    references: &[
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy",
    ],
    resource_kinds: &["aws_iam_account_password_policy"],
    frameworks: &[Framework::Terraform],
    run,
};

const MIN_LENGTH: f64 = 14.0;
const MIN_REUSE: f64 = 24.0;
const MAX_AGE: f64 = 90.0;

const REQUIRES: &[(&str, &str)] = &[
    ("require_lowercase_characters", "lowercase letters"),
    ("require_uppercase_characters", "uppercase letters"),
    ("require_numbers", "numbers"),
    ("require_symbols", "symbols"),
];

fn run(cx: &Ctx) {
    let mut missing: Vec<&str> = Vec::new();

    match cx.setting("minimum_password_length") {
        Setting::Missing => missing.push("minimum_password_length (AWS defaults to 6)"),
        Setting::Set(e) => {
            if let Some(n) = e.node.as_number().filter(|n| *n < MIN_LENGTH) {
                cx.report(
                    e.span(),
                    format!("minimum password length is {n}, below {MIN_LENGTH}"),
                );
            }
        }
        Setting::Unknown(_) => {}
    }

    for (key, what) in REQUIRES {
        match cx.setting(key) {
            Setting::Missing => missing.push(key),
            Setting::Set(e) => {
                if e.node.as_bool() == Some(false) {
                    cx.report(e.span(), format!("password policy does not require {what}"));
                }
            }
            Setting::Unknown(_) => {}
        }
    }

    match cx.setting("password_reuse_prevention") {
        Setting::Missing => missing.push("password_reuse_prevention"),
        Setting::Set(e) => {
            if let Some(n) = e.node.as_number().filter(|n| *n < MIN_REUSE) {
                cx.report(
                    e.span(),
                    format!(
                        "password reuse prevention remembers {n} passwords, fewer than {MIN_REUSE}"
                    ),
                );
            }
        }
        Setting::Unknown(_) => {}
    }

    if let Setting::Set(e) = cx.setting("max_password_age")
        && let Some(n) = e.node.as_number().filter(|n| *n > MAX_AGE)
    {
        cx.report(
            e.span(),
            format!("passwords expire after {n} days, more than {MAX_AGE}"),
        );
    }

    if !missing.is_empty() {
        cx.report_missing(format!(
            "password policy does not set {}",
            missing.join(", ")
        ));
    }
}
