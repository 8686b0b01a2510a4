use crate::check::prelude::*;
use crate::facts::aws_more_a::{Str, is_aws_managed_key, str_in};

pub static CHECK: Check = Check {
    id: "AWS-SECRETS-002",
    name: "secretsmanager-secret-without-cmk",
    title: "Secrets Manager secret is encrypted with the AWS managed key",
    severity: Severity::Low,
    description: "Flags `aws_secretsmanager_secret` resources without `kms_key_id`, or with the \
        AWS managed key `alias/aws/secretsmanager`.\n\nThe secret is encrypted either way, but \
        the key policy of an AWS managed key cannot be changed: anyone in the account with \
        `secretsmanager:GetSecretValue` can decrypt the secret, the key cannot be disabled in \
        an incident, and the secret cannot be shared with another account.",
    remediation: "Set `kms_key_id` to a customer managed `aws_kms_key` whose key policy \
        grants decryption only to the roles that need the secret.",
    compliance: &[
        "nist-800-53:SC-12",
        "nist-800-53:SC-28",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_149"],
    trivy: &[
        "AVD-AWS-0098",
        "AWS-0098",
        "aws-ssm-secret-use-customer-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id",
    ],
    resource_kinds: &["aws_secretsmanager_secret"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let name = cx.attr_name("kms_key_id", "KmsKeyId");
    match str_in(cx, cx.body(), "kms_key_id") {
        Str::Missing => cx.report_missing(format!(
            "secret does not set `{name}`, so it is encrypted with the AWS managed key"
        )),
        Str::Value(k, e) if k.trim().is_empty() => cx.report(
            e.span(),
            format!("secret has an empty `{name}`, so it is encrypted with the AWS managed key"),
        ),
        Str::Value(k, e) if is_aws_managed_key(k) => cx.report(
            e.span(),
            format!("secret is encrypted with the AWS managed key \"{k}\""),
        ),
        _ => {}
    }
}
