use crate::check::prelude::*;
use crate::facts::aws_compute::{inline_rules, rule_is_unknown, rule_resource_direction};

pub static CHECK: Check = Check {
    id: "AWS-EC2-005",
    name: "default-security-group-allows-traffic",
    title: "Default security group allows traffic",
    severity: Severity::Medium,
    description: "Flags `aws_default_security_group` resources that define `ingress` or \
        `egress` rules, and security group rule resources attached to a default security \
        group. On CloudFormation, which cannot manage the default group itself, \
        `AWS::EC2::SecurityGroupIngress` and `AWS::EC2::SecurityGroupEgress` resources whose \
        `GroupId` is the `DefaultSecurityGroup` attribute of a VPC (`!GetAtt Vpc.DefaultSecurityGroup`).\n\n\
        Every VPC has a default security group that resources join when no group is given \
        (instances, endpoints, Lambda functions and databases created by hand or by tools). \
        When it allows traffic, those resources silently get network access nobody reviewed; \
        an empty default group forces every resource onto a purpose-built group.",
    remediation: "Manage the default group with `aws_default_security_group` and no `ingress` \
        or `egress` blocks, which removes all of its rules, and move the rules to dedicated \
        `aws_security_group` resources attached to the resources that need them.",
    compliance: &[
        "cis-aws:5.4",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "nist-800-53:AC-6",
        "soc2:CC6.6",
    ],
    checkov: &["CKV2_AWS_12"],
    trivy: &[
        "AVD-AWS-0173",
        "AWS-0173",
        "aws-ec2-restrict-all-in-default-sg",
    ],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
    ],
    resource_kinds: &[
        "aws_default_security_group",
        "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if cx.resource.kind == "aws_default_security_group" {
        for rule in inline_rules(cx.resource) {
            if rule_is_unknown(rule.body) {
                continue;
            }
            cx.report(
                rule.span,
                format!(
                    "default security group has an {} rule; it should allow no traffic",
                    rule.direction
                ),
            );
        }
        return;
    }
    // A rule resource added to a default security group.
    let Some(direction) = rule_resource_direction(cx.resource) else {
        return;
    };
    let defaults: Vec<_> = cx
        .graph
        .targets(cx.id, "security_group_id")
        .filter(|(_, r)| r.kind == "aws_default_security_group")
        .collect();
    if let Some((_, sg)) = defaults.first() {
        let span = cx.resource.span_of("security_group_id");
        cx.report_related(
            span,
            format!("{direction} rule is added to the default security group; it should allow no traffic"),
            vec![(sg.span, "the default security group".to_string())],
        );
        return;
    }
    // CloudFormation: `GroupId: !GetAtt Vpc.DefaultSecurityGroup`.
    let vpcs: Vec<_> = cx
        .graph
        .targets_via(cx.id, "security_group_id", "DefaultSecurityGroup")
        .filter(|(_, r)| r.kind == "aws_vpc")
        .collect();
    if let Some((_, vpc)) = vpcs.first() {
        cx.report_related(
            cx.resource.span_of("security_group_id"),
            format!(
                "{direction} rule is added to the default security group of VPC {}; it should \
                 allow no traffic",
                vpc.name
            ),
            vec![(
                vpc.span,
                "the VPC whose default security group it is".to_string(),
            )],
        );
    }
}
