use crate::check::prelude::*;
use crate::facts::aws_more_a::{
    Str, is_secret_name, mask, refers_to_kind, secret_value_kind, str_in,
};

pub static CHECK: Check = Check {
    id: "AWS-SSM-001",
    name: "ssm-parameter-secret-not-secure-string",
    title: "SSM parameter holding a credential is not a SecureString",
    severity: Severity::High,
    description: "Flags `aws_ssm_parameter` resources of type `String` or `StringList` that \
        look like they hold a credential: the last segment of the parameter name \
        contains a word such as `password`, `secret`, `token` or `api_key` (and does not end \
        in one that only describes a credential, like `_arn` or `_url`), the value has the shape of a \
        well-known credential (an AWS access key id, a private key, a GitHub or Slack token, \
        a URL with a password), or the value comes from a `random_password`. Values quoted \
        in findings are masked.\n\nPlain `String` parameters are stored unencrypted and can \
        be read by anyone with `ssm:GetParameter` on them, without any KMS permission; their \
        values also show up in the console and in API responses in the clear.",
    remediation: "Use `type = \"SecureString\"` (optionally with `key_id` naming a customer \
        managed KMS key), or keep the credential in Secrets Manager. Rotate a credential that \
        was already stored as a plain `String`.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:IA-5(7)",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV2_AWS_34"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter",
    ],
    resource_kinds: &["aws_ssm_parameter"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Str::Value(ty, type_entry) = str_in(cx, cx.body(), "type") else {
        return;
    };
    if !(ty.eq_ignore_ascii_case("String") || ty.eq_ignore_ascii_case("StringList")) {
        return;
    }
    let name = match str_in(cx, cx.body(), "name") {
        Str::Value(n, _) => Some(n),
        _ => None,
    };
    let label = name.map_or_else(|| "parameter".to_string(), |n| format!("parameter \"{n}\""));
    // Path segments are namespaces (`/prod/secrets/db_host`): the last one names the value.
    let leaf = name.map(|n| n.rsplit('/').next().unwrap_or(n));
    let reason = if leaf.is_some_and(is_secret_name) {
        Some("its name says it holds a credential".to_string())
    } else {
        value_reason(cx)
    };
    if let Some(reason) = reason {
        cx.report(
            type_entry.span(),
            format!("{label} is stored as type \"{ty}\", not \"SecureString\", but {reason}"),
        );
    }
}

/// Why the value looks like a credential, if it does.
fn value_reason(cx: &Ctx) -> Option<String> {
    for key in ["value", "insecure_value"] {
        if let Str::Value(v, _) = str_in(cx, cx.body(), key)
            && let Some(what) = secret_value_kind(v)
        {
            return Some(format!("its value looks like {what} ({})", mask(v)));
        }
        if refers_to_kind(cx.graph, cx.id, key, &["random_password"]) {
            return Some("its value comes from a `random_password`".to_string());
        }
    }
    None
}
