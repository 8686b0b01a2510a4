use crate::check::prelude::*;
use crate::facts::aws_data::{KmsKey, kms_key};

pub static CHECK: Check = Check {
    id: "AWS-SAGEMAKER-003",
    name: "sagemaker-notebook-without-cmk",
    title: "SageMaker notebook instance storage is not encrypted with a customer managed key",
    severity: Severity::Low,
    description: "Flags `aws_sagemaker_notebook_instance` resources without a `kms_key_id`.\n\n\
        The notebook's ML storage volume holds notebooks, downloaded data sets and cached \
        credentials. Without a key of your own it is encrypted with a key AWS manages, whose \
        use you cannot restrict with a key policy, audit per key, or revoke.",
    remediation: "Set `kms_key_id` to a customer managed KMS key (`aws_kms_key`) whose key \
        policy lets the notebook's execution role use it.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_22"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id",
    ],
    resource_kinds: &["aws_sagemaker_notebook_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let KmsKey::None = kms_key(cx, cx.body(), "kms_key_id", "kms_key_id") {
        cx.report(
            cx.resource.span_of("kms_key_id"),
            format!(
                "notebook instance sets no `{}`, so its storage volume is encrypted only with an \
                 AWS managed key",
                cx.attr_name("kms_key_id", "KmsKeyId")
            ),
        );
    }
}
