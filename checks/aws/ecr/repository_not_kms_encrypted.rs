use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-ECR-003",
    name: "ecr-repository-not-kms-encrypted",
    title: "ECR repository is not encrypted with a KMS key",
    severity: Severity::Low,
    description: "Flags `aws_ecr_repository` resources whose \
        `encryption_configuration.encryption_type` is `AES256` or unset (then `AES256`).\n\n\
        `AES256` encrypts images with keys that Amazon S3 manages entirely: there is no key \
        policy to restrict who can read the images, no CloudTrail record of key use and no \
        way to revoke access by disabling the key. KMS encryption puts those controls in \
        your hands.",
    remediation: "Add `encryption_configuration { encryption_type = \"KMS\" kms_key = \
        aws_kms_key.ecr.arn }` (a repository's encryption can only be chosen when it is \
        created).",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "soc2:CC6.1",
        "pci-dss:3.5.1",
    ],
    checkov: &["CKV_AWS_136"],
    trivy: &[
        "AVD-AWS-0033",
        "AWS-0033",
        "aws-ecr-repository-customer-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#encryption_configuration",
    ],
    resource_kinds: &["aws_ecr_repository"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Some(entry) = cx.body().entry("encryption_configuration") else {
        cx.report_missing(format!(
            "repository has no `{}`, so images are encrypted with AES256, not KMS",
            cx.attr_name("encryption_configuration", "EncryptionConfiguration")
        ));
        return;
    };
    let Some(config) = cx.body().blocks("encryption_configuration").next() else {
        return;
    };
    if config.is_unknown() {
        return;
    }
    match setting(config, "encryption_type") {
        Setting::Unknown(_) => {}
        Setting::Missing => cx.report(
            entry.key_span,
            cx.attr_name(
                "`encryption_configuration` does not set `encryption_type = \"KMS\"`, so AES256 is used",
                "`EncryptionConfiguration` does not set `EncryptionType: KMS`, so AES256 is used",
            ),
        ),
        Setting::Set(e) => {
            if let Some(t) = e.node.as_str().filter(|t| !t.to_ascii_uppercase().starts_with("KMS")) {
                cx.report(e.span(), format!("repository is encrypted with \"{t}\", not KMS"));
            }
        }
    }
}
