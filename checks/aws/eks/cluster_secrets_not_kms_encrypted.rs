use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EKS-003",
    name: "eks-secrets-not-kms-encrypted",
    title: "EKS cluster secrets are not envelope-encrypted with a KMS key",
    severity: Severity::Medium,
    description: "Flags `aws_eks_cluster` resources without an `encryption_config` block whose \
        `resources` include `\"secrets\"`.\n\nWithout it, Kubernetes Secrets are protected \
        only by the storage encryption that AWS manages for the control plane: there is no \
        customer managed key whose policy, grants, rotation and CloudTrail record you \
        control, and no way to revoke access to the secrets by disabling the key.",
    remediation: "Add `encryption_config { resources = [\"secrets\"] provider { key_arn = \
        aws_kms_key.eks.arn } }` with a customer managed KMS key.",
    compliance: &[
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "soc2:CC6.1",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
    ],
    checkov: &["CKV_AWS_58"],
    trivy: &["AVD-AWS-0039", "AWS-0039", "aws-eks-encrypt-secrets"],
    references: &[
        "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config",
    ],
    resource_kinds: &["aws_eks_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let name = cx.attr_name("encryption_config", "EncryptionConfig");
    if cx.body().entry("encryption_config").is_none() {
        cx.report_missing(format!(
            "cluster has no `{name}`, so Kubernetes secrets are not encrypted with a KMS key"
        ));
        return;
    }
    let mut flagged = None;
    for config in cx.body().blocks("encryption_config") {
        if config.is_unknown() {
            return;
        }
        let Some(e) = config.entry("resources") else {
            continue;
        };
        if facts::aws_edge::has_unknown_element(&e.node) {
            return;
        }
        let Some(items) = facts::aws_edge::string_list(&e.node) else {
            return;
        };
        if items.iter().any(|(r, _)| *r == "secrets") {
            return;
        }
        flagged.get_or_insert(e.span());
    }
    if let Some(span) = flagged {
        cx.report(span, format!("`{name}` does not cover \"secrets\""));
    }
}
