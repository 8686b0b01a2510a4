use crate::check::prelude::*;
use crate::facts::aws_more_a::container_definitions;

pub static CHECK: Check = Check {
    id: "AWS-ECS-001",
    name: "ecs-task-privileged-container",
    title: "ECS task definition runs a privileged container",
    severity: Severity::High,
    description: "Flags `aws_ecs_task_definition` resources with a container whose definition \
        sets `privileged = true` (read from `container_definitions`, also when parts of it are \
        unknown).\n\nA privileged container gets every Linux capability and access to the host's \
        devices: code running in it can take over the container instance, and from there every \
        other task and the instance role. (Fargate rejects privileged containers; the setting \
        applies to the EC2 launch type.)",
    remediation: "Remove `privileged` (or set it to `false`) and grant only the capabilities the \
        container needs through `linuxParameters.capabilities.add`.",
    compliance: &[
        "nist-800-53:AC-6",
        "nist-800-53:CM-6",
        "soc2:CC6.1",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_AWS_334"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition",
    ],
    resource_kinds: &["aws_ecs_task_definition"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(defs) = container_definitions(cx) else {
        return;
    };
    for c in &defs.containers {
        match c.get("privileged") {
            Some(Value::Unknown) => cx.note_unknown(defs.span(), "privileged"),
            Some(_) if c.flag("privileged") == Some(true) => cx.report(
                defs.span(),
                format!(
                    "{} runs privileged (`{}`)",
                    c.label(),
                    cx.attr_name("privileged = true", "Privileged: true")
                ),
            ),
            _ => {}
        }
    }
}
