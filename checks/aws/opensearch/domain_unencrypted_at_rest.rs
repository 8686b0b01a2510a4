use crate::check::prelude::*;
use crate::facts::aws_more_a::{DOMAIN_KINDS, Nested, nested_bool};

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-001",
    name: "opensearch-domain-unencrypted-at-rest",
    title: "OpenSearch domain is not encrypted at rest",
    severity: Severity::High,
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources without \
        an `encrypt_at_rest` block (the provider then leaves encryption off) or with \
        `encrypt_at_rest { enabled = false }`.\n\nWithout encryption at rest, the indices, \
        automated snapshots, logs and swap files of the domain are stored in the clear. \
        Search clusters often hold copies of application data and logs, so this exposes \
        them to anyone who gets at the underlying storage or snapshots.",
    remediation: "Add `encrypt_at_rest { enabled = true }`, ideally with `kms_key_id` naming a \
        customer managed key. On older Elasticsearch versions turning it on replaces the \
        domain, so plan a snapshot and restore.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_5"],
    trivy: &[
        "AVD-AWS-0048",
        "AWS-0048",
        "aws-elasticsearch-enable-domain-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest",
    ],
    resource_kinds: DOMAIN_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match nested_bool(cx, cx.body(), "encrypt_at_rest", "enabled", false) {
        Nested::NoBlock => cx.report_missing(cx.attr_name(
            "domain has no `encrypt_at_rest` block, so its data is stored unencrypted",
            "domain has no `EncryptionAtRestOptions`, so its data is stored unencrypted",
        )),
        Nested::Value(false, span) => cx.report(
            span,
            format!(
                "domain turns encryption at rest off (`{}`)",
                cx.attr_name("enabled = false", "Enabled: false")
            ),
        ),
        _ => {}
    }
}
