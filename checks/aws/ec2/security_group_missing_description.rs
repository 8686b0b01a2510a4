use crate::check::prelude::*;
use crate::facts::aws_compute::{inline_rules, rule_is_unknown};

pub static CHECK: Check = Check {
    id: "AWS-EC2-006",
    name: "security-group-missing-description",
    title: "Security group or rule has no description",
    severity: Severity::Low,
    description: "Flags `aws_security_group` resources without a `description` (or with the \
        provider's placeholder \"Managed by Terraform\"), and security group rules without \
        one: inline `ingress` / `egress` blocks, `aws_security_group_rule`, \
        `aws_vpc_security_group_ingress_rule` and `aws_vpc_security_group_egress_rule`.\n\n\
        Descriptions are what reviewers and incident responders see in the console and API: \
        without them nobody can tell why a port is open or who may remove it, and stale rules \
        stay forever. A group's description cannot be changed later without replacing the \
        group, so it should be right from the start.",
    remediation: "Set `description` on every security group to say what it protects, and on \
        every rule to say who needs the access and why.",
    compliance: &["nist-800-53:CM-6", "pci-dss:1.2.5", "soc2:CC6.6"],
    checkov: &["CKV_AWS_23"],
    trivy: &[
        "AVD-AWS-0099",
        "AWS-0099",
        "aws-ec2-add-description-to-security-group",
        "AVD-AWS-0124",
        "AWS-0124",
        "aws-ec2-add-description-to-security-group-rule",
    ],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description",
    ],
    resource_kinds: &[
        "aws_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const PLACEHOLDER: &str = "Managed by Terraform";

fn run(cx: &Ctx) {
    let cfn = cx.resource.framework == Framework::CloudFormation;
    // The attribute's name in the resource's own format, for messages.
    let desc = if cfn { "Description" } else { "description" };
    if cx.resource.kind == "aws_security_group" {
        match cx.setting("description") {
            // CloudFormation requires `GroupDescription`: a template without it fails to deploy.
            Setting::Missing if cfn => cx.report_missing(
                "security group has no `GroupDescription`, which CloudFormation requires",
            ),
            Setting::Missing => cx.report_missing(format!(
                "security group has no `description`; the provider fills in \"{PLACEHOLDER}\", \
                 and changing it later replaces the group"
            )),
            Setting::Set(e) => match e.node.as_str().map(str::trim) {
                Some("") if cfn => {
                    cx.report(e.span(), "security group `GroupDescription` is empty")
                }
                Some("") => cx.report(e.span(), "security group `description` is empty"),
                Some(PLACEHOLDER) => cx.report(
                    e.span(),
                    format!(
                        "security group `description` is the provider placeholder \"{PLACEHOLDER}\""
                    ),
                ),
                _ => {}
            },
            Setting::Unknown(_) => {}
        }
        for rule in inline_rules(cx.resource) {
            if rule_is_unknown(rule.body) {
                continue;
            }
            match setting(rule.body, "description") {
                Setting::Missing => cx.report(
                    rule.span,
                    format!("{} rule has no `{desc}`", rule.direction),
                ),
                Setting::Set(e) if e.node.as_str().is_some_and(|s| s.trim().is_empty()) => cx
                    .report(
                        e.span(),
                        format!("{} rule `{desc}` is empty", rule.direction),
                    ),
                _ => {}
            }
        }
        return;
    }
    match cx.setting("description") {
        Setting::Missing => cx.report_missing(format!("security group rule has no `{desc}`")),
        Setting::Set(e) if e.node.as_str().is_some_and(|s| s.trim().is_empty()) => {
            cx.report(e.span(), format!("security group rule `{desc}` is empty"))
        }
        _ => {}
    }
}
