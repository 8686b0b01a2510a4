use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, block};

pub static CHECK: Check = Check {
    id: "AWS-CODEBUILD-001",
    name: "codebuild-project-privileged-mode",
    title: "CodeBuild project runs builds in privileged mode",
    severity: Severity::Low,
    description: "Flags `aws_codebuild_project` resources with \
        `environment.privileged_mode = true`.\n\n\
        Privileged mode gives the build container full access to the host's devices and \
        kernel features, so that it can run a Docker daemon. Any code the build runs, \
        including a compromised dependency or a malicious pull request, can then escape the \
        container or tamper with the build host. It is needed to build container images; \
        projects that do so can keep it and record why (a suppression with a reason).",
    remediation: "Set `privileged_mode = false` unless the project builds Docker images. For \
        image builds, prefer a daemonless builder (Kaniko, Buildah) or keep privileged \
        projects apart from those that run untrusted code such as pull requests from forks.",
    compliance: &[
        "nist-800-53:AC-6",
        "nist-800-53:CM-7",
        "soc2:CC6.1",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_AWS_316"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-environment",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#privileged_mode",
    ],
    resource_kinds: &["aws_codebuild_project"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, env) = block(cx, cx.body(), "environment") else {
        return;
    };
    if let Flag::On = flag_in(cx, env, "privileged_mode")
        && let Some(e) = env.entry("privileged_mode")
    {
        cx.report(
            e.span(),
            format!(
                "build environment runs in privileged mode (`{}`)",
                cx.attr_name("privileged_mode = true", "PrivilegedMode: true")
            ),
        );
    }
}
