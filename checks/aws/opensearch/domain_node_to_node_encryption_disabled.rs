use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, DOMAIN_KINDS, Nested, first_block, nested_bool};

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-002",
    name: "opensearch-domain-node-to-node-encryption-disabled",
    title: "OpenSearch domain does not encrypt traffic between nodes",
    severity: Severity::Medium,
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources without \
        a `node_to_node_encryption` block (the provider then leaves it off) or with \
        `node_to_node_encryption { enabled = false }`. A domain known to run on a single node \
        (no `instance_count` above 1, no dedicated master or warm nodes) is left out, since it \
        has no traffic between nodes.\n\nWithout node-to-node encryption, documents and \
        queries travel between the nodes of the cluster in plaintext inside the VPC, where \
        anyone able to observe that traffic can read them.",
    remediation: "Add `node_to_node_encryption { enabled = true }`. It can be turned on in place \
        for OpenSearch and Elasticsearch 6.7 or later; older versions replace the domain.",
    compliance: &[
        "nist-800-53:SC-8",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_6"],
    trivy: &[
        "AVD-AWS-0043",
        "AWS-0043",
        "aws-elasticsearch-enable-in-transit-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption",
    ],
    resource_kinds: DOMAIN_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match nested_bool(cx, cx.body(), "node_to_node_encryption", "enabled", false) {
        Nested::NoBlock if !single_node(cx.body()) => cx.report_missing(cx.attr_name(
            "domain has no `node_to_node_encryption` block, so traffic between its nodes is not \
             encrypted",
            "domain has no `NodeToNodeEncryptionOptions`, so traffic between its nodes is not \
             encrypted",
        )),
        Nested::Value(false, span) if !single_node(cx.body()) => cx.report(
            span,
            format!(
                "domain turns node-to-node encryption off (`{}`)",
                cx.attr_name("enabled = false", "Enabled: false")
            ),
        ),
        _ => {}
    }
}

/// True when the domain is known to run on one node: `instance_count` missing or 1, and no
/// dedicated master or warm nodes.
fn single_node(body: &Node) -> bool {
    let cfg = match first_block(body, "cluster_config") {
        Block::Present(_, c) => c,
        // No cluster_config: one data node by default.
        Block::Absent => return true,
        Block::Unknown => return false,
    };
    let count_one = match cfg.get("instance_count") {
        None => true,
        Some(n) if n.is_null() => true,
        Some(n) => n.as_number() == Some(1.0),
    };
    let off = |key: &str| match cfg.get(key) {
        None => true,
        Some(n) if n.is_null() => true,
        Some(n) => n.as_bool() == Some(false),
    };
    count_one && off("dedicated_master_enabled") && off("warm_enabled")
}
