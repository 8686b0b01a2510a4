use crate::check::prelude::*;
use crate::facts::aws_more_b::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AWS-SAGEMAKER-001",
    name: "sagemaker-notebook-direct-internet-access",
    title: "SageMaker notebook instance has direct internet access",
    severity: Severity::Medium,
    description: "Flags `aws_sagemaker_notebook_instance` resources with `direct_internet_access` \
        unset or `\"Enabled\"` (the provider default).\n\n\
        With direct internet access, SageMaker attaches the notebook to a network it manages \
        with a route to the internet, outside your VPC's security groups, flow logs and \
        egress controls. Code run in the notebook (including packages pulled from public \
        repositories) can then send training data and credentials anywhere.",
    remediation: "Set `direct_internet_access = \"Disabled\"` with `subnet_id` and \
        `security_group_ids` naming a private subnet; give it internet access, if it needs \
        any, through a NAT gateway or proxy you control, and reach AWS services through VPC \
        endpoints.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-4",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AWS_122"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access",
    ],
    resource_kinds: &["aws_sagemaker_notebook_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (name, on) = if cx.is_cloudformation() {
        ("DirectInternetAccess", "DirectInternetAccess: Enabled")
    } else {
        (
            "direct_internet_access",
            "direct_internet_access = \"Enabled\"",
        )
    };
    match str_of(cx, cx.body(), "direct_internet_access") {
        Str::Missing => cx.report_missing(format!(
            "notebook instance does not set `{name}`, which defaults to \"Enabled\""
        )),
        Str::Value(v, e) if v.eq_ignore_ascii_case("Enabled") => cx.report(
            e.span(),
            format!("notebook instance has direct internet access (`{on}`)"),
        ),
        _ => {}
    }
}
