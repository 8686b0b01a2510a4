use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CT-001",
    name: "cloudtrail-not-multi-region",
    title: "CloudTrail trail is not multi-region",
    severity: Severity::Medium,
    description: "Flags `aws_cloudtrail` trails whose `is_multi_region_trail` is unset (the \
        Terraform default is a single-region trail) or `false`; in CloudFormation, \
        `AWS::CloudTrail::Trail` resources whose `IsMultiRegionTrail` is unset (also \
        single-region by default) or `false`.\n\nA single-region trail \
        records nothing done in the other regions. Attackers favour regions an account does \
        not normally use, to launch instances or create resources where nobody looks, and \
        such activity leaves no audit trail.",
    remediation: "Set `is_multi_region_trail = true` (and keep `include_global_service_events = \
        true`) on at least the account's main trail, or use an organization trail. In \
        CloudFormation, set `IsMultiRegionTrail: true` (and `IncludeGlobalServiceEvents: \
        true`).",
    compliance: &[
        "cis-aws:3.1",
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_AWS_67"],
    trivy: &[
        "AVD-AWS-0014",
        "AWS-0014",
        "aws-cloudtrail-enable-all-regions",
    ],
    references: &[
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail",
    ],
    resource_kinds: &["aws_cloudtrail"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let (attr, set_false) = if cx.resource.framework == Framework::CloudFormation {
        ("IsMultiRegionTrail", "IsMultiRegionTrail: false")
    } else {
        ("is_multi_region_trail", "is_multi_region_trail = false")
    };
    match cx.bool_or("is_multi_region_trail", false) {
        Some((false, span)) if matches!(cx.setting("is_multi_region_trail"), Setting::Missing) => {
            cx.report(
                span,
                format!("trail does not set `{attr}`, so it logs only its own region"),
            )
        }
        Some((false, span)) => cx.report(
            span,
            format!("trail logs only its own region (`{set_false}`)"),
        ),
        _ => {}
    }
}
