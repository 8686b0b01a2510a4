use crate::check::prelude::*;
use crate::facts::aws_more_a::{DOMAIN_KINDS, Nested, nested_bool};

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-003",
    name: "opensearch-domain-https-not-enforced",
    title: "OpenSearch domain accepts plain HTTP",
    severity: Severity::High,
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources with \
        `domain_endpoint_options { enforce_https = false }`, or without a \
        `domain_endpoint_options` block: the provider then sends no endpoint options and the \
        OpenSearch Service API creates the domain without requiring HTTPS. Inside the block, \
        `enforce_https` defaults to `true`.\n\nA domain that answers plain HTTP lets clients \
        send credentials (basic auth, signed requests), queries and documents unencrypted, \
        where anyone on the path can read or alter them.",
    remediation: "Add `domain_endpoint_options { enforce_https = true, tls_security_policy = \
        \"Policy-Min-TLS-1-2-2019-07\" }` (or the `Policy-Min-TLS-1-2-PFS-2023-10` policy).",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_83"],
    trivy: &[
        "AVD-AWS-0046",
        "AWS-0046",
        "aws-elasticsearch-enforce-https",
    ],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options",
    ],
    resource_kinds: DOMAIN_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match nested_bool(
        cx,
        cx.body(),
        "domain_endpoint_options",
        "enforce_https",
        true,
    ) {
        Nested::NoBlock => cx.report_missing(format!(
            "domain has no `{}`, so HTTPS is not enforced on its endpoint",
            cx.attr_name("domain_endpoint_options", "DomainEndpointOptions")
        )),
        Nested::Value(false, span) => cx.report(
            span,
            format!(
                "domain accepts plain HTTP (`{}`)",
                cx.attr_name("enforce_https = false", "EnforceHTTPS: false")
            ),
        ),
        _ => {}
    }
}
