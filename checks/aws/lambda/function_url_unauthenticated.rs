use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-LAMBDA-002",
    name: "lambda-function-url-unauthenticated",
    title: "Lambda function URL does not require authentication",
    severity: Severity::High,
    description: "Flags `aws_lambda_function_url` resources with `authorization_type = \
        \"NONE\"`.\n\nA function URL is a public HTTPS endpoint. With `NONE`, Lambda checks no \
        credentials: anyone on the internet who learns the URL can invoke the function with \
        any payload, reach whatever its role can reach, and run up its cost, unless the \
        function's own code authenticates every request.",
    remediation: "Set `authorization_type = \"AWS_IAM\"` and grant `lambda:InvokeFunctionUrl` to \
        the callers that need it, or put the function behind API Gateway or CloudFront with \
        an authorizer. Keep `NONE` only for endpoints meant to be public that authenticate \
        requests in code.",
    compliance: &["nist-800-53:AC-3", "nist-800-53:IA-2", "soc2:CC6.1"],
    checkov: &["CKV_AWS_258"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url#authorization_type",
    ],
    resource_kinds: &["aws_lambda_function_url"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let Setting::Set(e) = cx.setting("authorization_type")
        && e.node
            .as_str()
            .is_some_and(|t| t.eq_ignore_ascii_case("NONE"))
    {
        cx.report(
            e.span(),
            format!(
                "function URL accepts unauthenticated requests (`{}`)",
                cx.attr_name("authorization_type = \"NONE\"", "AuthType: NONE")
            ),
        );
    }
}
