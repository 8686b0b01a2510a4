use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EC2-008",
    name: "launch-template-imdsv1-enabled",
    title: "Launch template or configuration allows IMDSv1",
    severity: Severity::High,
    description: "Flags `aws_launch_template` and `aws_launch_configuration` resources whose \
        `metadata_options` do not set `http_tokens = \"required\"` (a missing block or \
        attribute leaves it \"optional\"), unless the metadata endpoint is turned off with \
        `http_endpoint = \"disabled\"`. In CloudFormation, a template or configuration whose \
        image is Amazon Linux 2023 by its public SSM parameter (registered to require IMDSv2) is \
        not reported for a missing `HttpTokens`.\n\n\
        Every instance launched from the template (by an Auto Scaling group, EKS node group or \
        Spot fleet) inherits the setting. With IMDSv1 a server-side request forgery on any of \
        them is enough to read the instance role's credentials; IMDSv2 requires a session \
        token that such requests cannot obtain.",
    remediation: "Add `metadata_options { http_tokens = \"required\" }` to the launch template \
        or launch configuration, or `http_endpoint = \"disabled\"` if the instances do not use \
        the metadata service. In CloudFormation, set `HttpTokens: required` in \
        `LaunchTemplateData.MetadataOptions` of `AWS::EC2::LaunchTemplate` or in `MetadataOptions` \
        of `AWS::AutoScaling::LaunchConfiguration`.",
    compliance: &[
        "cis-aws:5.6",
        "nist-800-53:AC-3",
        "nist-800-53:CM-6",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_79"],
    trivy: &[
        "AVD-AWS-0130",
        "AWS-0130",
        "aws-ec2-enforce-launch-config-http-token-imds",
    ],
    references: &[
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#metadata-options",
    ],
    resource_kinds: &["aws_launch_template", "aws_launch_configuration"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let what = if cx.resource.kind == "aws_launch_configuration" {
        "launch configuration"
    } else {
        "launch template"
    };
    if requires_tokens_by_image(cx) {
        return;
    }
    if let Some((span, message)) = facts::aws_compute::imds_v1_allowed(cx.resource) {
        let message = if cx.resource.framework == Framework::CloudFormation {
            cloudformation_names(&message)
        } else {
            message
        };
        cx.report(span, format!("{what} allows IMDSv1: {message}"));
    }
}

/// The message with CloudFormation's property names.
fn cloudformation_names(message: &str) -> String {
    message
        .replace("`metadata_options`", "`MetadataOptions`")
        .replace("`http_tokens = ", "`HttpTokens: ")
        .replace("`http_tokens`", "`HttpTokens`")
}

/// Amazon Linux 2023 images are registered with `ImdsSupport: v2.0`, so instances launched
/// from them require IMDSv2 unless told otherwise. CloudFormation templates usually pick the
/// image through its public SSM parameter (`/aws/service/ami-amazon-linux-latest/al2023-...`),
/// which the image id then names: a missing `HttpTokens` is not a finding there.
fn requires_tokens_by_image(cx: &Ctx) -> bool {
    cx.resource.framework == Framework::CloudFormation
        && ["ami", "image_id"].iter().any(|k| {
            cx.body()
                .get(k)
                .and_then(Node::as_str)
                .is_some_and(|s| s.contains("/ami-amazon-linux-latest/al2023-"))
        })
        && cx.body().path("metadata_options.http_tokens").is_none()
}
