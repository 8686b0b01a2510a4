use crate::check::prelude::*;
use crate::facts::aws_more_a::{Block, Nested, first_block, nested_bool};

pub static CHECK: Check = Check {
    id: "AWS-MSK-003",
    name: "msk-cluster-broker-logging-disabled",
    title: "MSK cluster does not deliver broker logs",
    severity: Severity::Medium,
    description: "Flags `aws_msk_cluster` resources with no `logging_info.broker_logs` \
        destination enabled: none of `cloudwatch_logs`, `firehose` or `s3` has \
        `enabled = true`.\n\nBroker logs record client connections, authentication failures \
        and authorization denials. Without them, a client abusing the cluster or probing for \
        topics it should not read goes unnoticed, and incidents cannot be reconstructed.",
    remediation: "Add `logging_info { broker_logs { cloudwatch_logs { enabled = true, \
        log_group = ... } } }` (or a `firehose` or `s3` destination with `enabled = true`).",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_80"],
    trivy: &["AVD-AWS-0074", "AWS-0074", "aws-msk-enable-logging"],
    references: &[
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#logging_info",
    ],
    resource_kinds: &["aws_msk_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const DESTINATIONS: &[&str] = &["cloudwatch_logs", "firehose", "s3"];

fn run(cx: &Ctx) {
    let (info_name, broker_name) = if cx.is_cloudformation() {
        ("LoggingInfo", "BrokerLogs")
    } else {
        ("logging_info", "broker_logs")
    };
    let (info_entry, info) = match first_block(cx.body(), "logging_info") {
        Block::Present(e, n) => (e, n),
        Block::Absent => {
            cx.report_missing(format!(
                "cluster has no `{info_name}`, so broker logs are not delivered"
            ));
            return;
        }
        Block::Unknown => return,
    };
    let (broker_entry, broker) = match first_block(info, "broker_logs") {
        Block::Present(e, n) => (e, n),
        Block::Absent => {
            cx.report(
                info_entry.key_span,
                format!("`{info_name}` has no `{broker_name}`, so broker logs are not delivered"),
            );
            return;
        }
        Block::Unknown => return,
    };
    let mut off = None;
    for dest in DESTINATIONS {
        match nested_bool(cx, broker, dest, "enabled", false) {
            Nested::Value(true, _) | Nested::Unknown => return,
            Nested::Value(false, span) => {
                off.get_or_insert(span);
            }
            Nested::NoBlock => {}
        }
    }
    cx.report(
        off.unwrap_or(broker_entry.key_span),
        format!("no `{broker_name}` destination is enabled, so broker logs are not delivered"),
    );
}
