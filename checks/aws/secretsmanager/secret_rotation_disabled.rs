use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-SECRETS-001",
    name: "secretsmanager-secret-rotation-disabled",
    title: "Secrets Manager secret is never rotated",
    severity: Severity::Medium,
    description: "Flags `aws_secretsmanager_secret` resources that no \
        `aws_secretsmanager_secret_rotation` configures (through `secret_id`, by reference or \
        by the secret's name) and that set no inline rotation (`rotation_lambda_arn` or \
        `rotation_rules`, in provider versions before 5). The check stays silent when some \
        rotation resource's `secret_id` cannot be resolved, since it may target this \
        secret.\n\nA credential that never changes stays valid for as long as anyone who \
        ever saw it (a former employee, a leaked log, a compromised build) keeps a copy. \
        Automatic rotation bounds that window and makes rotating after an incident routine. \
        Secrets that cannot be rotated automatically (some third-party API keys) may be \
        suppressed with a reason.",
    remediation: "Add an `aws_secretsmanager_secret_rotation` with `secret_id` set to the \
        secret, a `rotation_lambda_arn` (or the managed rotation of a supported service) and \
        `rotation_rules { automatically_after_days = 30 }` or a schedule that fits your \
        policy.",
    compliance: &[
        "nist-800-53:IA-5",
        "nist-800-53:SC-12",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV2_AWS_57"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation",
    ],
    resource_kinds: &["aws_secretsmanager_secret"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const ROTATION: &str = "aws_secretsmanager_secret_rotation";

fn run(cx: &Ctx) {
    // Provider versions before 5 configured rotation on the secret itself.
    for key in ["rotation_lambda_arn", "rotation_rules"] {
        if !matches!(cx.setting(key), Setting::Missing) {
            return;
        }
    }
    if !cx.configured_by(ROTATION, "secret_id", "name").is_empty()
        || cx.maybe_configured_by(ROTATION, "secret_id")
    {
        return;
    }
    cx.report_missing(format!(
        "secret has no `{}`, so its value is never rotated",
        cx.attr_name(
            "aws_secretsmanager_secret_rotation",
            "AWS::SecretsManager::RotationSchedule"
        )
    ));
}
