use crate::check::prelude::*;
use crate::facts::aws_more_a::container_definitions;

pub static CHECK: Check = Check {
    id: "AWS-ECS-004",
    name: "ecs-task-container-without-logging",
    title: "ECS container sends its logs nowhere",
    severity: Severity::Low,
    description: "Flags `aws_ecs_task_definition` resources with a container definition that \
        has no `logConfiguration`.\n\nWithout a log driver, the container's output is lost on \
        Fargate and stays only on the instance's local disk on EC2, where it is rotated away and \
        gone with the instance. Application errors, access records and signs of compromise \
        then leave no lasting trace.",
    remediation: "Add a `logConfiguration` to every container, for example \
        `{ logDriver = \"awslogs\", options = { awslogs-group = ..., awslogs-region = ..., \
        awslogs-stream-prefix = ... } }`, or route logs through FireLens \
        (`logDriver = \"awsfirelens\"`).",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
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
        match c.get("logConfiguration") {
            None => cx.report(
                defs.span(),
                format!(
                    "{} has no `{}`, so its output is not collected",
                    c.label(),
                    cx.attr_name("logConfiguration", "LogConfiguration")
                ),
            ),
            Some(Value::Unknown) => cx.note_unknown(defs.span(), "logConfiguration"),
            Some(_) => {}
        }
    }
}
