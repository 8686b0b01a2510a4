use crate::check::prelude::*;
use crate::facts::aws_more_a::{Str, str_in};

pub static CHECK: Check = Check {
    id: "AWS-APIGW-005",
    name: "apigateway-domain-outdated-tls",
    title: "API Gateway custom domain accepts TLS 1.0",
    severity: Severity::High,
    description: "Flags `aws_api_gateway_domain_name` resources with `security_policy = \
        \"TLS_1_0\"`. The check does not report a domain that leaves `security_policy` unset, \
        since what API Gateway then applies is not documented as a fixed default.\n\nThe \
        TLS 1.0 policy also accepts TLS 1.1 and legacy cipher suites, which are open to \
        downgrade and known protocol attacks and are no longer allowed by PCI DSS and most \
        compliance baselines.",
    remediation: "Set `security_policy = \"TLS_1_2\"`, or one of the enhanced \
        `SecurityPolicy_TLS13_*` policies, on the custom domain.",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_206"],
    trivy: &[
        "AVD-AWS-0005",
        "AWS-0005",
        "aws-apigateway-use-secure-tls-policy",
    ],
    references: &[
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy",
    ],
    resource_kinds: &["aws_api_gateway_domain_name"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let Str::Value(policy, e) = str_in(cx, cx.body(), "security_policy")
        && policy.trim().eq_ignore_ascii_case("TLS_1_0")
    {
        cx.report(
            e.span(),
            "custom domain uses security policy \"TLS_1_0\", which accepts TLS 1.0 and 1.1",
        );
    }
}
