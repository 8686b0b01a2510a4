use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ECR-001",
    name: "ecr-repository-mutable-tags",
    title: "ECR repository allows image tags to be overwritten",
    severity: Severity::Medium,
    description: "Flags `aws_ecr_repository` resources whose `image_tag_mutability` is \
        `MUTABLE` (the default when unset) or `MUTABLE_WITH_EXCLUSION`.\n\nWith mutable tags, \
        anyone who can push to the repository can replace the image behind an existing tag \
        such as `v1.4.2` or `prod`. Deployments that pull by tag then run the replaced image \
        without any change to their own configuration, and what ran where can no longer be \
        reconstructed from the tag.",
    remediation: "Set `image_tag_mutability = \"IMMUTABLE\"` (or `\"IMMUTABLE_WITH_EXCLUSION\"` \
        with `image_tag_mutability_exclusion_filter` for a few moving tags such as `latest`), \
        and deploy by digest or by unique tags.",
    compliance: &["nist-800-53:SI-7", "nist-800-53:CM-6", "soc2:CC8.1"],
    checkov: &["CKV_AWS_51"],
    trivy: &[
        "AVD-AWS-0031",
        "AWS-0031",
        "aws-ecr-enforce-immutable-repository",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_tag_mutability",
    ],
    resource_kinds: &["aws_ecr_repository"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match cx.setting("image_tag_mutability") {
        Setting::Unknown(_) => {}
        Setting::Missing => cx.report_missing(format!(
            "repository does not set `{}`, so tags are MUTABLE and can be overwritten",
            cx.attr_name("image_tag_mutability", "ImageTagMutability")
        )),
        Setting::Set(e) => {
            if let Some(v) = e.node.as_str().filter(|v| {
                v.eq_ignore_ascii_case("MUTABLE")
                    || v.eq_ignore_ascii_case("MUTABLE_WITH_EXCLUSION")
            }) {
                cx.report(
                    e.span(),
                    format!("repository image tags are mutable (\"{v}\")"),
                );
            }
        }
    }
}
