use crate::check::prelude::*;
use crate::facts::aws_more_a::DOMAIN_KINDS;

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-005",
    name: "opensearch-domain-audit-logs-disabled",
    title: "OpenSearch domain does not publish audit logs",
    severity: Severity::Medium,
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources with no \
        `log_publishing_options` block of `log_type = \"AUDIT_LOGS\"`, or with one whose \
        `enabled = false`. Domains with a publishing block whose log type is unknown are left \
        alone.\n\nAudit logs record authentication attempts and which user read or changed \
        which index. Without them, access to the data in a domain (by a leaked credential or \
        an over-broad role) leaves no trace to alert on or investigate.",
    remediation: "Turn on fine-grained access control (`advanced_security_options`), which \
        audit logs require, and add `log_publishing_options { log_type = \"AUDIT_LOGS\", \
        cloudwatch_log_group_arn = ... }` with a log group whose resource policy lets \
        OpenSearch Service write to it.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_317"],
    trivy: &[
        "AVD-AWS-0042",
        "AWS-0042",
        "aws-elasticsearch-enable-domain-logging",
    ],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#log_publishing_options",
    ],
    resource_kinds: DOMAIN_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let mut disabled = None;
    for block in cx.body().blocks("log_publishing_options") {
        if block.is_unknown() {
            cx.note_unknown(block.span, "log_publishing_options");
            return;
        }
        let ty = match setting(block, "log_type") {
            Setting::Set(e) => match e.node.as_str() {
                Some(t) => t,
                None => return,
            },
            Setting::Unknown(e) => {
                cx.note_unknown(e.span(), "log_type");
                return;
            }
            Setting::Missing => continue,
        };
        if !ty.eq_ignore_ascii_case("AUDIT_LOGS") {
            continue;
        }
        match setting(block, "enabled") {
            Setting::Missing => return,
            Setting::Unknown(e) => {
                cx.note_unknown(e.span(), "enabled");
                return;
            }
            Setting::Set(e) => match e.node.as_bool() {
                Some(false) => disabled = Some(e.span()),
                _ => return,
            },
        }
    }
    match disabled {
        Some(span) => cx.report(
            span,
            format!(
                "domain turns audit log publishing off (`{}`)",
                cx.attr_name("enabled = false", "Enabled: false")
            ),
        ),
        None => cx.report_missing(
            "domain does not publish `AUDIT_LOGS`, so access to its data is not recorded",
        ),
    }
}
