use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ELB-004",
    name: "lb-deletion-protection-disabled",
    title: "Load balancer deletion protection is disabled",
    severity: Severity::Low,
    description: "Flags `aws_lb` / `aws_alb` resources whose `enable_deletion_protection` is \
        unset or `false`.\n\nWithout deletion protection a single API call, console click or \
        mistaken `terraform destroy` removes the load balancer and its listeners, taking the \
        service offline and releasing its DNS name. Protection makes deletion a deliberate \
        two-step change.",
    remediation: "Set `enable_deletion_protection = true` on production load balancers (turn it \
        off in a separate change before an intended deletion).",
    compliance: &["nist-800-53:CM-3", "nist-800-53:CP-10"],
    checkov: &["CKV_AWS_150"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#deletion-protection",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection",
    ],
    resource_kinds: facts::aws_edge::LB_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (name, off) = if cx.is_cloudformation() {
        (
            "deletion_protection.enabled",
            "deletion_protection.enabled: \"false\"",
        )
    } else {
        (
            "enable_deletion_protection",
            "enable_deletion_protection = false",
        )
    };
    match cx.bool_or("enable_deletion_protection", false) {
        Some((false, span))
            if matches!(cx.setting("enable_deletion_protection"), Setting::Missing) =>
        {
            cx.report(
                span,
                format!("load balancer does not set `{name}`, so it can be deleted in one call"),
            )
        }
        Some((false, span)) => cx.report(
            span,
            format!("load balancer deletion protection is disabled (`{off}`)"),
        ),
        _ => {}
    }
}
