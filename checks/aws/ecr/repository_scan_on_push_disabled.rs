use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ECR-002",
    name: "ecr-scan-on-push-disabled",
    title: "ECR repository does not scan images on push",
    severity: Severity::Medium,
    description: "Flags `aws_ecr_repository` resources without `image_scanning_configuration { \
        scan_on_push = true }`. Repositories are left alone when the configuration defines an \
        `aws_ecr_registry_scanning_configuration`, which sets scanning for the whole registry \
        and overrides the repository setting.\n\nWithout scanning, images with known \
        vulnerable packages are pushed and deployed without anyone being told, and there is \
        no inventory of which running images are affected when a new vulnerability is \
        published.",
    remediation: "Add `image_scanning_configuration { scan_on_push = true }`, or configure \
        scanning for the whole registry with `aws_ecr_registry_scanning_configuration` \
        (enhanced scanning with Amazon Inspector also rescans images continuously).",
    compliance: &[
        "nist-800-53:RA-5",
        "nist-800-53:SI-2",
        "soc2:CC7.1",
        "pci-dss:6.3.1",
    ],
    checkov: &["CKV_AWS_163"],
    trivy: &["AVD-AWS-0030", "AWS-0030", "aws-ecr-enable-image-scans"],
    references: &[
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration",
    ],
    resource_kinds: &["aws_ecr_repository"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    // Registry-level scanning applies to every repository (and replaces scan_on_push).
    if cx
        .graph
        .of_kind("aws_ecr_registry_scanning_configuration")
        .next()
        .is_some()
    {
        return;
    }
    let Some(entry) = cx.body().entry("image_scanning_configuration") else {
        cx.report_missing(format!(
            "repository has no `{}`, so pushed images are not scanned",
            cx.attr_name("image_scanning_configuration", "ImageScanningConfiguration")
        ));
        return;
    };
    let Some(scanning) = cx.body().blocks("image_scanning_configuration").next() else {
        return;
    };
    if scanning.is_unknown() {
        return;
    }
    match bool_or(scanning, "scan_on_push", false, entry.key_span) {
        Some((false, span)) if matches!(setting(scanning, "scan_on_push"), Setting::Missing) => cx
            .report(
                span,
                cx.attr_name(
                    "`image_scanning_configuration` does not set `scan_on_push = true`",
                    "`ImageScanningConfiguration` does not set `ScanOnPush: true`",
                ),
            ),
        Some((false, span)) => cx.report(
            span,
            format!(
                "repository does not scan images on push (`{}`)",
                cx.attr_name("scan_on_push = false", "ScanOnPush: false")
            ),
        ),
        _ => {}
    }
}
