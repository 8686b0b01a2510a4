use crate::check::prelude::*;
use crate::facts::aws_data::{KmsKey, kms_key};

pub static CHECK: Check = Check {
    id: "AWS-SAGEMAKER-004",
    name: "sagemaker-endpoint-config-without-cmk",
    title: "SageMaker endpoint configuration does not encrypt storage with a customer managed key",
    severity: Severity::Low,
    description: "Flags `aws_sagemaker_endpoint_configuration` resources without a \
        `kms_key_arn` whose production variants all run on instance types that accept one. \
        Variants on instance types with local NVMe storage (`ml.m5d`, `ml.g4dn`, `ml.g5`, \
        `ml.p4d`, ...) and serverless variants are left out: SageMaker rejects a key for \
        them and encrypts their storage in hardware.\n\n\
        The storage volume of an endpoint instance holds the model artifacts and may hold \
        request payloads. Without a key of your own it is encrypted with a key AWS manages, \
        whose use you cannot restrict with a key policy, audit per key, or revoke.",
    remediation: "Set `kms_key_arn` to a customer managed KMS key whose key policy lets the \
        endpoint's execution role use it.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_98"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration#kms_key_arn",
    ],
    resource_kinds: &["aws_sagemaker_endpoint_configuration"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// True for an instance type whose storage is local NVMe (`ml.m5d.large`, `ml.g4dn.xlarge`):
/// SageMaker does not accept a KMS key for it.
fn has_local_storage(instance_type: &str) -> bool {
    let family = instance_type
        .trim()
        .trim_start_matches("ml.")
        .split('.')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // The letters after the generation digit: `d` (m5d, c6id, g4dn, p3dn, p4d) means local
    // disks; these families come with them too.
    let suffix: String = family
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .to_string();
    suffix.contains('d')
        || [
            "g5", "g6", "g6e", "p5", "p5e", "p5en", "inf2", "trn1", "trn1n", "trn2",
        ]
        .contains(&family.as_str())
}

fn run(cx: &Ctx) {
    let variants: Vec<&Node> = cx
        .body()
        .blocks("production_variants")
        .chain(cx.body().blocks("shadow_production_variants"))
        .collect();
    for v in &variants {
        if v.is_unknown() {
            return;
        }
        match v.get("instance_type") {
            // Serverless, or not known: a key may not apply.
            None => return,
            Some(t) => match t.as_str() {
                Some(t) if !has_local_storage(t) => {}
                _ => return,
            },
        }
    }
    if let KmsKey::None = kms_key(cx, cx.body(), "kms_key_arn", "kms_key_arn") {
        cx.report(
            cx.resource.span_of("kms_key_arn"),
            format!(
                "endpoint configuration sets no `{}`, so the storage of its instances is \
                 encrypted only with an AWS managed key",
                cx.attr_name("kms_key_arn", "KmsKeyId")
            ),
        );
    }
}
