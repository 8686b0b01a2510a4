use crate::check::prelude::*;
use crate::facts::aws_more_a::{Str, str_in};

pub static CHECK: Check = Check {
    id: "AWS-ECS-005",
    name: "ecs-task-host-network-mode",
    title: "ECS task definition shares the host's network",
    severity: Severity::Low,
    description: "Flags `aws_ecs_task_definition` resources with `network_mode = \"host\"`.\n\n\
        In host mode the containers use the container instance's network stack directly: \
        they can bind any port on the instance, reach services listening on its loopback \
        interface (including the instance metadata endpoint without a hop limit) and are not \
        separated by task-level security groups, so a compromised container is much closer \
        to the host and its neighbours.",
    remediation: "Use `network_mode = \"awsvpc\"`, which gives each task its own elastic \
        network interface and security groups (or `bridge` on EC2 when that is not possible).",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:CM-6",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#network_mode",
    ],
    resource_kinds: &["aws_ecs_task_definition"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let Str::Value(mode, e) = str_in(cx, cx.body(), "network_mode")
        && mode.trim().eq_ignore_ascii_case("host")
    {
        cx.report(
            e.span(),
            format!(
                "task definition uses the host's network stack (`{}`)",
                cx.attr_name("network_mode = \"host\"", "NetworkMode: host")
            ),
        );
    }
}
