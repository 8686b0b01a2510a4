use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ELB-005",
    name: "lb-access-logs-disabled",
    title: "Load balancer access logs are disabled",
    severity: Severity::Low,
    description: "Flags load balancers that do not write access logs: an application load \
        balancer (`aws_lb` / `aws_alb`) without `access_logs { enabled = true }` (logging is \
        off by default, even when a bucket is named), a network load balancer with a `TLS` \
        listener and no access logs, and a classic `aws_elb` without an enabled \
        `access_logs` block. Gateway load balancers have no access logs and are skipped.\n\n\
        Access logs record every request with the client address, path, status and TLS \
        details. Without them there is no record to investigate an attack, abuse or data \
        exfiltration through the load balancer after the fact.",
    remediation: "Add `access_logs { bucket = \"<log bucket>\" enabled = true }` (the bucket \
        policy must allow Elastic Load Balancing to write to it).",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_AWS_91", "CKV_AWS_92"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
    ],
    resource_kinds: &["aws_lb", "aws_alb", "aws_elb"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// True when a network load balancer is known to have a TLS listener (the only kind of
/// NLB listener that writes access logs).
fn nlb_has_tls_listener(cx: &Ctx) -> bool {
    facts::aws_edge::LISTENER_KINDS.iter().any(|kind| {
        cx.graph
            .referrers(cx.id, kind, "load_balancer_arn")
            .any(|(id, _)| {
                facts::aws_edge::listener_protocol(cx.graph, id).is_some_and(|(p, _)| p == "TLS")
            })
    })
}

fn run(cx: &Ctx) {
    // `enabled` defaults to false on aws_lb and to true on the classic aws_elb.
    let classic = cx.resource.kind == "aws_elb";
    if !classic {
        match facts::aws_edge::lb_type(cx.resource).as_deref() {
            Some("application") => {}
            Some("network") if nlb_has_tls_listener(cx) => {}
            _ => return,
        }
    }
    let Some(entry) = cx.body().entry("access_logs") else {
        cx.report_missing(match (cx.is_cloudformation(), classic) {
            (false, _) => "load balancer has no `access_logs` block, so requests are not logged",
            (true, true) => {
                "load balancer has no `AccessLoggingPolicy`, so requests are not logged"
            }
            (true, false) => {
                "load balancer does not set the `access_logs.s3.enabled` attribute, so requests \
                 are not logged"
            }
        });
        return;
    };
    let Some(logs) = cx.body().blocks("access_logs").next() else {
        return;
    };
    if logs.is_unknown() {
        return;
    }
    match bool_or(logs, "enabled", classic, entry.key_span) {
        Some((false, span)) if matches!(setting(logs, "enabled"), Setting::Missing) => cx.report(
            span,
            if cx.is_cloudformation() {
                "`AccessLoggingPolicy` does not set `Enabled: true`, and access logging is off by \
                 default"
            } else {
                "`access_logs` does not set `enabled = true`, and access logging is off by default"
            },
        ),
        Some((false, span)) => cx.report(
            span,
            format!(
                "load balancer access logs are disabled (`{}`)",
                match (cx.is_cloudformation(), classic) {
                    (false, _) => "enabled = false",
                    (true, true) => "Enabled: false",
                    (true, false) => "access_logs.s3.enabled: \"false\"",
                }
            ),
        ),
        _ => {}
    }
}
