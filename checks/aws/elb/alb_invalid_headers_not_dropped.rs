use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ELB-003",
    name: "alb-invalid-headers-not-dropped",
    title: "Application load balancer passes invalid HTTP headers to targets",
    severity: Severity::Medium,
    description: "Flags application load balancers (`aws_lb` / `aws_alb` with \
        `load_balancer_type = \"application\"`, the default) whose \
        `drop_invalid_header_fields` is unset or `false`.\n\nBy default the load balancer \
        forwards header fields whose names are not valid HTTP tokens. Backends and proxies \
        that parse such headers differently from the load balancer are open to request \
        smuggling and header injection; dropping them at the edge removes that ambiguity.",
    remediation: "Set `drop_invalid_header_fields = true` on the load balancer.",
    compliance: &["nist-800-53:SI-10", "nist-800-53:SC-7", "soc2:CC6.6"],
    checkov: &["CKV_AWS_131"],
    trivy: &["AVD-AWS-0052", "AWS-0052", "aws-elb-drop-invalid-headers"],
    references: &[
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields",
    ],
    resource_kinds: facts::aws_edge::LB_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if facts::aws_edge::lb_type(cx.resource).as_deref() != Some("application") {
        return;
    }
    let (name, off) = if cx.is_cloudformation() {
        (
            "routing.http.drop_invalid_header_fields.enabled",
            "routing.http.drop_invalid_header_fields.enabled: \"false\"",
        )
    } else {
        (
            "drop_invalid_header_fields",
            "drop_invalid_header_fields = false",
        )
    };
    match cx.bool_or("drop_invalid_header_fields", false) {
        Some((false, span))
            if matches!(cx.setting("drop_invalid_header_fields"), Setting::Missing) =>
        {
            cx.report(
                span,
                format!(
                    "application load balancer does not set `{name}`, so invalid headers reach \
                     targets"
                ),
            )
        }
        Some((false, span)) => cx.report(
            span,
            format!("application load balancer forwards invalid HTTP headers (`{off}`)"),
        ),
        _ => {}
    }
}
