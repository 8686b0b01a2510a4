use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Nested, Str, first_block, nested_bool, str_in};

pub static CHECK: Check = Check {
    id: "AWS-MSK-001",
    name: "msk-cluster-plaintext-in-transit",
    title: "MSK cluster allows unencrypted traffic",
    severity: Severity::High,
    description: "Flags `aws_msk_cluster` resources whose \
        `encryption_info.encryption_in_transit` sets `client_broker` to `PLAINTEXT` or \
        `TLS_PLAINTEXT`, or `in_cluster = false`. The provider defaults are `TLS` and `true`, \
        so a cluster that leaves them unset is not reported.\n\nWith plaintext allowed, \
        producers and consumers can exchange messages (and SASL/SCRAM credentials) with the \
        brokers unencrypted, and with `in_cluster = false` replication between brokers is in \
        the clear too: anyone able to observe the network can read the stream.",
    remediation: "Set `client_broker = \"TLS\"` and `in_cluster = true` (or leave both \
        unset) in `encryption_info { encryption_in_transit { ... } }`, and move clients to \
        the TLS listener (port 9094, or 9096 for SASL/SCRAM).",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_81"],
    trivy: &[
        "AVD-AWS-0073",
        "AWS-0073",
        "aws-msk-enable-in-transit-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit",
    ],
    resource_kinds: &["aws_msk_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, info) = first_block(cx.body(), "encryption_info") else {
        return;
    };
    let Block::Present(_, transit) = first_block(info, "encryption_in_transit") else {
        return;
    };
    if let Str::Value(cb, e) = str_in(cx, transit, "client_broker") {
        let upper = cb.trim().to_ascii_uppercase();
        if upper == "PLAINTEXT" || upper == "TLS_PLAINTEXT" {
            cx.report(
                e.span(),
                format!(
                    "cluster accepts unencrypted client connections (`{}`)",
                    if cx.is_cloudformation() {
                        format!("ClientBroker: {cb}")
                    } else {
                        format!("client_broker = \"{cb}\"")
                    }
                ),
            );
        }
    }
    if let Nested::Value(false, span) =
        nested_bool(cx, info, "encryption_in_transit", "in_cluster", true)
    {
        cx.report(
            span,
            format!(
                "cluster does not encrypt traffic between brokers (`{}`)",
                cx.attr_name("in_cluster = false", "InCluster: false")
            ),
        );
    }
}
