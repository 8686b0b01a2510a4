use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CF-003",
    name: "cloudfront-without-waf",
    title: "CloudFront distribution has no web application firewall",
    severity: Severity::Low,
    description: "Flags `aws_cloudfront_distribution` resources without a `web_acl_id` (or with \
        an empty one), that is, with no AWS WAF web ACL in front of them.\n\nA distribution is \
        the internet-facing entry point to its origins. Without a web ACL, common web attacks \
        (injection, known bad inputs, bots, request floods) reach the origin unfiltered and \
        there is no place to add rate limits or block rules during an incident.",
    remediation: "Create an `aws_wafv2_web_acl` with `scope = \"CLOUDFRONT\"` (in us-east-1), for \
        example with the AWS managed rule groups, and set `web_acl_id` to its ARN.",
    compliance: &["nist-800-53:SC-7", "soc2:CC6.6", "pci-dss:6.4.2"],
    checkov: &["CKV_AWS_68"],
    trivy: &["AVD-AWS-0011", "AWS-0011", "aws-cloudfront-enable-waf"],
    references: &[
        "https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id",
    ],
    resource_kinds: &["aws_cloudfront_distribution"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if facts::aws_edge::refers_to_resource(cx.graph, cx.id, "web_acl_id") {
        return;
    }
    let name = cx.attr_name("web_acl_id", "WebACLId");
    match cx.setting("web_acl_id") {
        Setting::Missing => cx.report_missing(format!(
            "distribution has no `{name}`, so no WAF filters its requests"
        )),
        Setting::Set(e) if e.node.as_str().is_some_and(|s| s.trim().is_empty()) => cx.report(
            e.span(),
            format!("distribution has an empty `{name}`, so no WAF filters its requests"),
        ),
        _ => {}
    }
}
