use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ELB-001",
    name: "lb-listener-plain-http",
    title: "Load balancer listener serves plain HTTP without redirecting to HTTPS",
    severity: Severity::High,
    description: "Flags `aws_lb_listener` (and `aws_alb_listener`) resources whose protocol is \
        `HTTP` (the default on an application load balancer) and whose default action is not \
        a redirect to `HTTPS`. Listeners of network and gateway load balancers are skipped.\n\n\
        Requests and responses on a plain HTTP listener cross the network unencrypted: \
        credentials, session cookies and payloads can be read or altered by anyone on the \
        path. A listener on port 80 that only redirects to HTTPS is fine; one that forwards \
        traffic is not.",
    remediation: "Serve the application on an `HTTPS` listener with a certificate \
        (`protocol = \"HTTPS\"`, `certificate_arn`, `ssl_policy`), and make any HTTP listener \
        redirect: `default_action { type = \"redirect\" redirect { protocol = \"HTTPS\" \
        port = \"443\" status_code = \"HTTP_301\" } }`.",
    compliance: &[
        "nist-800-53:SC-8",
        "soc2:CC6.7",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
    ],
    checkov: &["CKV_AWS_2"],
    trivy: &["AVD-AWS-0054", "AWS-0054", "aws-elb-http-not-used"],
    references: &[
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
    ],
    resource_kinds: facts::aws_edge::LISTENER_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// Whether a default action redirects to HTTPS: `Some(true)`, `Some(false)`, or `None` when
/// its type or redirect protocol cannot be known.
fn redirects_to_https(action: &Node) -> Option<bool> {
    if action.is_unknown() {
        return None;
    }
    let ty = action.get("type")?;
    if ty.is_unknown() {
        return None;
    }
    if !ty.as_str()?.eq_ignore_ascii_case("redirect") {
        return Some(false);
    }
    let Some(redirect) = action.blocks("redirect").next() else {
        return Some(false);
    };
    match redirect.get("protocol") {
        // The provider's default `#{protocol}` keeps the request's protocol: HTTP.
        None => Some(false),
        Some(p) if p.is_null() => Some(false),
        Some(p) if p.is_unknown() => None,
        Some(p) => Some(p.as_str().is_some_and(|p| p.eq_ignore_ascii_case("HTTPS"))),
    }
}

fn run(cx: &Ctx) {
    use facts::aws_edge;
    if aws_edge::listener_on_non_application_lb(cx.graph, cx.id) {
        return;
    }
    let Some((protocol, span)) = aws_edge::listener_protocol(cx.graph, cx.id) else {
        return;
    };
    if protocol != "HTTP" {
        return;
    }
    let mut action_type = None;
    for action in cx.body().blocks("default_action") {
        match redirects_to_https(action) {
            Some(true) | None => return,
            Some(false) => {}
        }
        action_type.get_or_insert_with(|| {
            action
                .get("type")
                .and_then(Node::as_str)
                .unwrap_or("forward")
                .to_string()
        });
    }
    let Some(action_type) = action_type else {
        return;
    };
    let protocol = if matches!(cx.setting("protocol"), Setting::Missing) {
        "the default protocol \"HTTP\""
    } else {
        "protocol \"HTTP\""
    };
    cx.report(
        span,
        format!("listener uses {protocol} and its default action \"{action_type}\" does not redirect to HTTPS"),
    );
}
