use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EC2-007",
    name: "instance-imdsv1-enabled",
    title: "EC2 instance allows IMDSv1",
    severity: Severity::High,
    description: "Flags `aws_instance` resources whose `metadata_options` do not set \
        `http_tokens = \"required\"` (a missing block or attribute leaves it \"optional\"), \
        unless the metadata endpoint is turned off with `http_endpoint = \"disabled\"`. \
        Instances that take their settings from a `launch_template` are left to the template \
        check. In CloudFormation the options are the instance's `MetadataOptions` (`HttpTokens`, \
        `HttpEndpoint`); an instance whose image is Amazon Linux 2023 by its public SSM parameter \
        (registered to require IMDSv2) is not reported for a missing `HttpTokens`.\n\n\
        IMDSv1 answers plain GET requests, so a server-side request forgery or an open proxy \
        on the instance is enough to read the IAM role's temporary credentials. IMDSv2 \
        requires a session token obtained with a PUT request, which such bugs cannot send.",
    remediation: "Add `metadata_options { http_tokens = \"required\" }` (and keep \
        `http_put_response_hop_limit` at 1 unless containers on the host need the metadata \
        service), or set `http_endpoint = \"disabled\"` if nothing on the instance uses it. In \
        CloudFormation, set `MetadataOptions: {HttpTokens: required}` on the instance or in its \
        launch template.",
    compliance: &[
        "cis-aws:5.6",
        "nist-800-53:AC-3",
        "nist-800-53:CM-6",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_79"],
    trivy: &[
        "AVD-AWS-0028",
        "AWS-0028",
        "aws-ec2-enforce-http-token-imds",
    ],
    references: &[
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options",
    ],
    resource_kinds: &["aws_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    // The launch template decides when the instance does not set its own options.
    if cx.body().entry("launch_template").is_some() && cx.body().entry("metadata_options").is_none()
    {
        return;
    }
    if requires_tokens_by_image(cx) {
        return;
    }
    if let Some((span, message)) = facts::aws_compute::imds_v1_allowed(cx.resource) {
        let message = if cx.resource.framework == Framework::CloudFormation {
            cloudformation_names(&message)
        } else {
            message
        };
        cx.report(span, format!("instance allows IMDSv1: {message}"));
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
