use crate::check::prelude::*;
use crate::facts::aws_more_b::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AWS-SAGEMAKER-002",
    name: "sagemaker-notebook-root-access",
    title: "SageMaker notebook instance gives its users root access",
    severity: Severity::Medium,
    description: "Flags `aws_sagemaker_notebook_instance` resources with `root_access` unset or \
        `\"Enabled\"` (the provider default).\n\n\
        With root access every notebook user can change the instance's system configuration: \
        disable logging or security agents, install arbitrary software, and tamper with \
        lifecycle configuration scripts. Taking it away limits what a compromised notebook \
        session can do to the instance.",
    remediation: "Set `root_access = \"Disabled\"`. Install the system packages users need \
        from a lifecycle configuration (`lifecycle_config_name`), which still runs as root.",
    compliance: &[
        "nist-800-53:AC-6",
        "nist-800-53:CM-6",
        "soc2:CC6.1",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_AWS_307"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#root_access",
    ],
    resource_kinds: &["aws_sagemaker_notebook_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (name, on) = if cx.is_cloudformation() {
        ("RootAccess", "RootAccess: Enabled")
    } else {
        ("root_access", "root_access = \"Enabled\"")
    };
    match str_of(cx, cx.body(), "root_access") {
        Str::Missing => cx.report_missing(format!(
            "notebook instance does not set `{name}`, which defaults to \"Enabled\""
        )),
        Str::Value(v, e) if v.eq_ignore_ascii_case("Enabled") => cx.report(
            e.span(),
            format!("notebook instance gives its users root access (`{on}`)"),
        ),
        _ => {}
    }
}
