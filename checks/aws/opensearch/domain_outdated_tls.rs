use crate::check::prelude::*;
use crate::facts::aws_more_a::{
    Block, DOMAIN_KINDS, Str, domain_tls_policy_outdated, first_block, str_in,
};

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-004",
    name: "opensearch-domain-outdated-tls",
    title: "OpenSearch domain accepts TLS versions older than 1.2",
    severity: Severity::Medium,
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources whose \
        `domain_endpoint_options` set `tls_security_policy = \"Policy-Min-TLS-1-0-2019-07\"`. \
        A domain that leaves the policy unset is not reported: OpenSearch Service gives new \
        domains `Policy-Min-TLS-1-2-2019-07` (older domains may still carry the TLS 1.0 \
        policy, which only the live configuration shows).\n\nThe TLS 1.0 policy also accepts \
        TLS 1.1. Both versions have known weaknesses, are deprecated by the IETF and are not \
        allowed by PCI DSS; a client or an attacker in the middle can negotiate the connection \
        down to them.",
    remediation: "Set `tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"` or \
        `\"Policy-Min-TLS-1-2-PFS-2023-10\"` in `domain_endpoint_options`.",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_228"],
    trivy: &[
        "AVD-AWS-0126",
        "AWS-0126",
        "aws-elasticsearch-use-secure-tls-policy",
    ],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy",
    ],
    resource_kinds: DOMAIN_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, block) = first_block(cx.body(), "domain_endpoint_options") else {
        return;
    };
    if let Str::Value(p, e) = str_in(cx, block, "tls_security_policy")
        && domain_tls_policy_outdated(p)
    {
        cx.report(
            e.span(),
            format!("domain uses TLS policy \"{p}\", which accepts TLS 1.0 and 1.1"),
        );
    }
}
