use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CF-001",
    name: "cloudfront-allows-plain-http",
    title: "CloudFront distribution serves viewers over plain HTTP",
    severity: Severity::High,
    description: "Flags `aws_cloudfront_distribution` cache behaviors (the default one and \
        every ordered one) with `viewer_protocol_policy = \"allow-all\"`.\n\n`allow-all` \
        answers HTTP requests without upgrading them, so viewers who type the address or \
        follow an `http://` link exchange content, cookies and credentials in clear text, \
        where anyone on the network path can read or modify them.",
    remediation: "Set `viewer_protocol_policy = \"redirect-to-https\"` (or `\"https-only\"`) in \
        `default_cache_behavior` and every `ordered_cache_behavior`.",
    compliance: &[
        "nist-800-53:SC-8",
        "soc2:CC6.7",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
    ],
    checkov: &["CKV_AWS_34"],
    trivy: &["AVD-AWS-0012", "AWS-0012", "aws-cloudfront-enforce-https"],
    references: &[
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy",
    ],
    resource_kinds: &["aws_cloudfront_distribution"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for behavior in facts::aws_edge::cache_behaviors(cx.resource) {
        let Some(e) = behavior.entry("viewer_protocol_policy") else {
            continue;
        };
        if e.node.as_str() == Some("allow-all") {
            let which = match behavior.get("path_pattern").and_then(Node::as_str) {
                Some(p) => format!("cache behavior for \"{p}\""),
                None => "default cache behavior".to_string(),
            };
            cx.report(
                e.span(),
                format!(
                    "{which} allows plain HTTP (`{}`)",
                    cx.attr_name(
                        "viewer_protocol_policy = \"allow-all\"",
                        "ViewerProtocolPolicy: allow-all"
                    )
                ),
            );
        }
    }
}
