use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-LAMBDA-003",
    name: "lambda-permission-without-source-arn",
    title: "Lambda permission for an AWS service is not limited to a source",
    severity: Severity::Medium,
    description: "Flags `aws_lambda_permission` resources whose `principal` is an AWS service \
        (`*.amazonaws.com`) and that set neither `source_arn` nor `source_account`.\n\nSuch a \
        permission lets the service invoke the function on behalf of any resource, in any \
        AWS account: another account's S3 bucket, SNS topic or EventBridge rule can trigger \
        the function with data of its choosing (the confused deputy problem).",
    remediation: "Set `source_arn` to the ARN of the resource that should invoke the function \
        (the bucket, topic, rule or API). For S3, whose bucket ARNs carry no account ID, also \
        set `source_account`.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_AWS_364"],
    trivy: &["AVD-AWS-0067", "AWS-0067", "aws-lambda-restrict-source-arn"],
    references: &[
        "https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission",
    ],
    resource_kinds: &["aws_lambda_permission"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn is_service_principal(principal: &str) -> bool {
    let p = principal.trim().to_ascii_lowercase();
    p.ends_with(".amazonaws.com") || p.ends_with(".amazonaws.com.cn")
}

/// True when the attribute is absent, null or an empty string (and not computed from another
/// resource).
fn absent(cx: &Ctx, key: &str) -> bool {
    if facts::aws_edge::refers_to_resource(cx.graph, cx.id, key) {
        return false;
    }
    match cx.setting(key) {
        Setting::Missing => true,
        Setting::Unknown(_) => false,
        Setting::Set(e) => e.node.as_str().is_some_and(|s| s.trim().is_empty()),
    }
}

fn run(cx: &Ctx) {
    let Some(principal) = cx.body().get("principal").and_then(Node::as_str) else {
        return;
    };
    if !is_service_principal(principal) {
        return;
    }
    if absent(cx, "source_arn") && absent(cx, "source_account") {
        cx.report_missing(format!(
            "permission lets {principal} invoke the function for any resource in any account (no `{}` or `{}`)",
            cx.attr_name("source_arn", "SourceArn"),
            cx.attr_name("source_account", "SourceAccount"),
        ));
    }
}
