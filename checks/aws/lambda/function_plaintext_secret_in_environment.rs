use crate::check::prelude::*;
use crate::facts::aws_more_b::{Block, block, env_map_credentials};

pub static CHECK: Check = Check {
    id: "AWS-LAMBDA-004",
    name: "lambda-plaintext-secret-in-environment",
    title: "Lambda function puts a credential in an environment variable",
    severity: Severity::High,
    description: "Flags `environment.variables` entries of `aws_lambda_function` resources that \
        hold a literal credential: the name contains a word such as `PASSWORD`, `SECRET`, \
        `TOKEN` or a qualified `KEY` (`API_KEY`, `SECRET_ACCESS_KEY`) and does not end in one \
        that only describes a credential (`_ARN`, `_NAME`, `_URL`, ...), or the value has the \
        shape of a well-known credential (an AWS access key id, a token, a URL with a \
        password). Unknown values, empty values and references are left out; values are \
        shown masked. On CloudFormation, the `Environment.Variables` of \
        `AWS::Lambda::Function` and `AWS::Serverless::Function` (with SAM `Globals`).\n\n\
        Environment variables are part of the function's configuration: anyone allowed \
        `lambda:GetFunctionConfiguration` reads them in the clear, they are copied to every \
        published version, and they sit in the Terraform state.",
    remediation: "Keep the credential in Secrets Manager or SSM Parameter Store, pass only its \
        name or ARN in the environment, and read it at start-up with the function's role \
        (the AWS Parameters and Secrets Lambda Extension caches it). Rotate a credential that \
        was already stored in the environment.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "nist-800-53:SC-28",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AWS_45"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
    ],
    resource_kinds: &["aws_lambda_function"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, env) = block(cx, cx.body(), "environment") else {
        return;
    };
    let Some(vars) = env.entry("variables") else {
        return;
    };
    if vars.node.is_unknown() {
        cx.note_unknown(vars.span(), "variables");
        return;
    }
    for c in env_map_credentials(cx, &vars.node) {
        cx.report(
            c.entry.span(),
            format!(
                "environment variable \"{}\" holds {} instead of a reference to Secrets \
                 Manager or Parameter Store",
                c.name, c.why
            ),
        );
    }
}
