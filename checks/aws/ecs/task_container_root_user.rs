use crate::check::prelude::*;
use crate::facts::aws_more_a::{container_definitions, is_root_user};

pub static CHECK: Check = Check {
    id: "AWS-ECS-002",
    name: "ecs-task-container-runs-as-root",
    title: "ECS task definition runs a container as root",
    severity: Severity::Medium,
    description: "Flags `aws_ecs_task_definition` resources with a container whose `user` is \
        `root` or UID `0` (alone or with a group, such as `0:0`). A container that leaves \
        `user` unset runs as the image's `USER`, which cannot be known from the Terraform \
        configuration, so it is not reported.\n\nA process running as root inside the \
        container turns any container escape or writable host mount into root on the host, \
        and can modify everything in the container's file system. Explicitly choosing root \
        overrides an image that was built to run unprivileged.",
    remediation: "Set `user` to a non-root UID (for example `\"1000:1000\"`) that the image \
        supports, or remove it so the image's own non-root `USER` applies.",
    compliance: &[
        "nist-800-53:AC-6",
        "nist-800-53:CM-6",
        "soc2:CC6.1",
        "iso-27001:A.8.2",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html",
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
        match c.get("user") {
            Some(Value::Unknown) => cx.note_unknown(defs.span(), "user"),
            Some(v) => {
                if let Some(user) = v.to_tf_string().filter(|u| is_root_user(u)) {
                    cx.report(
                        defs.span(),
                        format!(
                            "{} runs as root (`{}\"{user}\"`)",
                            c.label(),
                            cx.attr_name("user = ", "User: ")
                        ),
                    );
                }
            }
            None => {}
        }
    }
}
