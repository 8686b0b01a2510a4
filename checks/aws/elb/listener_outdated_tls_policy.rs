use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ELB-002",
    name: "lb-listener-outdated-tls-policy",
    title: "Load balancer listener uses a TLS policy that allows TLS 1.0 or 1.1",
    severity: Severity::High,
    description: "Flags `HTTPS` and `TLS` listeners (`aws_lb_listener`, `aws_alb_listener`) whose \
        `ssl_policy` is a predefined ELB security policy that still accepts TLS 1.0 or TLS 1.1, \
        such as `ELBSecurityPolicy-2016-08`, `ELBSecurityPolicy-TLS-1-1-2017-01` or \
        `ELBSecurityPolicy-TLS13-1-0-2021-06`. A listener without `ssl_policy` gets \
        `ELBSecurityPolicy-2016-08`, the default for listeners created through the API, and \
        is flagged too.\n\nTLS 1.0 and 1.1 are deprecated (RFC 8996): they rely on weak \
        hash constructions and cipher suites, fail PCI DSS and most compliance baselines, and \
        let a downgrade-capable attacker weaken the connection for every client.",
    remediation: "Set `ssl_policy` to a policy that requires TLS 1.2 or later, for example \
        `ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.2 and 1.3) or \
        `ELBSecurityPolicy-TLS13-1-2-Res-2021-06` for a restricted cipher list.",
    compliance: &[
        "nist-800-53:SC-8",
        "nist-800-53:SC-13",
        "soc2:CC6.7",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
    ],
    checkov: &["CKV_AWS_103"],
    trivy: &["AVD-AWS-0047", "AWS-0047", "aws-elb-use-secure-tls-policy"],
    references: &[
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy",
    ],
    resource_kinds: facts::aws_edge::LISTENER_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    use facts::aws_edge;
    let Some((protocol, _)) = aws_edge::listener_protocol(cx.graph, cx.id) else {
        return;
    };
    if protocol != "HTTPS" && protocol != "TLS" {
        return;
    }
    match cx.setting("ssl_policy") {
        Setting::Unknown(_) => {}
        Setting::Missing => {
            if let Some(tls) = aws_edge::ssl_policy_outdated_tls(aws_edge::DEFAULT_SSL_POLICY) {
                cx.report_missing(format!(
                    "{protocol} listener does not set `{}`, so it gets \"{}\", which allows {tls}",
                    cx.attr_name("ssl_policy", "SslPolicy"),
                    aws_edge::DEFAULT_SSL_POLICY
                ));
            }
        }
        Setting::Set(e) => {
            if let Some(policy) = e.node.as_str()
                && let Some(tls) = aws_edge::ssl_policy_outdated_tls(policy)
            {
                cx.report(
                    e.span(),
                    format!("listener TLS policy \"{policy}\" allows {tls}"),
                );
            }
        }
    }
}
