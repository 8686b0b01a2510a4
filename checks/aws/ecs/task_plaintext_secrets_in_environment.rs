use crate::check::prelude::*;
use crate::facts::aws_more_a::{
    container_definitions, is_plausible_secret_value, is_secret_name, secret_value_kind,
};

pub static CHECK: Check = Check {
    id: "AWS-ECS-003",
    name: "ecs-task-plaintext-secret-in-environment",
    title: "ECS task definition puts a credential in a plain environment variable",
    severity: Severity::High,
    description: "Flags `aws_ecs_task_definition` resources with a container `environment` \
        entry that holds a literal credential: its name contains a word such as `PASSWORD`, \
        `SECRET`, `TOKEN` or a qualified `KEY` (`API_KEY`, `SECRET_ACCESS_KEY`) and does not \
        end in one that only describes a credential (`_ARN`, `_FILE`, `_URL`, ...), or its \
        value has the shape of a well-known credential (an AWS access key id, a private key, a \
        token, a URL with a password). Values that are unknown, empty, booleans, numbers or \
        references (ARNs) are left out, and values are never printed.\n\nEnvironment values \
        are part of the task definition: anyone with `ecs:DescribeTaskDefinition` can read \
        them, they are kept in every revision, and they end up in the Terraform state and \
        often in logs.",
    remediation: "Store the credential in Secrets Manager or as an SSM `SecureString` \
        parameter and pass it through the container's `secrets` list (`name` and `valueFrom`), \
        with the execution role allowed to read it. Rotate a credential that was already \
        stored in a task definition.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "nist-800-53:SC-28",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &[],
    trivy: &["AVD-AWS-0036", "AWS-0036", "aws-ecs-no-plaintext-secrets"],
    references: &[
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
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
        let Some(env) = c.get("environment") else {
            continue;
        };
        let Value::List(vars) = env else {
            if env.is_unknown() {
                cx.note_unknown(defs.span(), "environment");
            }
            continue;
        };
        for var in vars {
            let Value::Map(fields) = var else {
                continue;
            };
            let Some(name) = fields.get("name").and_then(Value::as_str) else {
                continue;
            };
            let value = match fields.get("value") {
                Some(Value::String(s)) => s.as_str(),
                Some(Value::Unknown) => {
                    cx.note_unknown(defs.span(), "environment");
                    continue;
                }
                _ => continue,
            };
            if !is_plausible_secret_value(value) {
                continue;
            }
            let why = if is_secret_name(name) {
                "a literal credential".to_string()
            } else if let Some(what) = secret_value_kind(value) {
                format!("what looks like {what}")
            } else {
                continue;
            };
            cx.report(
                defs.span(),
                format!(
                    "{} sets environment variable \"{name}\" to {why} instead of reading it \
                     from `{}`",
                    c.label(),
                    cx.attr_name("secrets", "Secrets")
                ),
            );
        }
    }
}
