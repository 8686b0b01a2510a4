use crate::check::prelude::*;
use crate::facts::aws_more_b::{Block, Str, block, literal_credential, str_of};

pub static CHECK: Check = Check {
    id: "AWS-CODEBUILD-004",
    name: "codebuild-project-plaintext-secret-in-environment",
    title: "CodeBuild project puts a credential in a plain-text environment variable",
    severity: Severity::High,
    description: "Flags `environment.environment_variable` blocks of `aws_codebuild_project` \
        resources of type `PLAINTEXT` (the default) that hold a literal credential: the name \
        contains a word such as `PASSWORD`, `SECRET`, `TOKEN` or a qualified `KEY` \
        (`API_KEY`, `SECRET_ACCESS_KEY`) and does not end in one that only describes a \
        credential (`_ARN`, `_FILE`, `_URL`, ...), or the value has the shape of a well-known \
        credential (an AWS access key id, a token, a URL with a password). Unknown values, \
        empty values and references are left out; values are shown masked.\n\n\
        Plain-text variables are part of the project definition: anyone allowed \
        `codebuild:BatchGetProjects` reads them, they appear in the console and in the \
        Terraform state, and builds tend to print them to their logs.",
    remediation: "Store the credential in Secrets Manager or as an SSM `SecureString` \
        parameter and reference it with `type = \"SECRETS_MANAGER\"` or \
        `type = \"PARAMETER_STORE\"` and the secret's name or ARN as `value`; give the \
        project's service role permission to read it. Rotate a credential that was already \
        stored in plain text.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "nist-800-53:SC-28",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#environment_variable",
    ],
    resource_kinds: &["aws_codebuild_project"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, env) = block(cx, cx.body(), "environment") else {
        return;
    };
    for var in env.blocks("environment_variable") {
        if var.is_unknown() {
            continue;
        }
        match str_of(cx, var, "type") {
            Str::Missing => {}
            Str::Value(t, _) if t.eq_ignore_ascii_case("PLAINTEXT") => {}
            _ => continue,
        }
        let (Str::Value(name, _), Str::Value(value, e)) =
            (str_of(cx, var, "name"), str_of(cx, var, "value"))
        else {
            continue;
        };
        if let Some(why) = literal_credential(name, value) {
            cx.report(
                e.span(),
                format!(
                    "plain-text environment variable \"{name}\" holds {why} instead of a \
                     Secrets Manager or Parameter Store reference"
                ),
            );
        }
    }
}
