use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CT-003",
    name: "cloudtrail-not-encrypted-with-kms",
    title: "CloudTrail logs are not encrypted with a KMS key",
    severity: Severity::Medium,
    description: "Flags `aws_cloudtrail` trails without `kms_key_id` (or with an empty one); in \
        CloudFormation, `AWS::CloudTrail::Trail` resources without `KMSKeyId`.\n\n\
        Without a KMS key, log files get only the bucket's default S3-managed encryption, which \
        decrypts transparently for anyone allowed to read the bucket. With SSE-KMS, reading the \
        logs also needs `kms:Decrypt` on a key you control, and each use of the key is itself \
        logged, so a leaked bucket permission alone does not expose the account's audit history.",
    remediation: "Create an `aws_kms_key` whose policy lets `cloudtrail.amazonaws.com` use it \
        and set `kms_key_id` to its ARN on the trail. In CloudFormation, set `KMSKeyId` to an \
        `AWS::KMS::Key` of the template (`!Ref Key` or `!GetAtt Key.Arn`).",
    compliance: &[
        "cis-aws:3.5",
        "nist-800-53:SC-28",
        "nist-800-53:AU-9",
        "soc2:CC6.1",
        "pci-dss:10.3.1",
        "hipaa:164.312(a)(2)(iv)",
    ],
    checkov: &["CKV_AWS_35"],
    trivy: &[
        "AVD-AWS-0015",
        "AWS-0015",
        "aws-cloudtrail-encryption-customer-managed-key",
    ],
    references: &[
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id",
    ],
    resource_kinds: &["aws_cloudtrail"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let attr = if cx.resource.framework == Framework::CloudFormation {
        "KMSKeyId"
    } else {
        "kms_key_id"
    };
    match cx.setting("kms_key_id") {
        Setting::Missing => cx.report_missing(format!(
            "trail does not set `{attr}`, so its logs are not encrypted with a KMS key"
        )),
        Setting::Set(e) if e.node.as_str().is_some_and(|s| s.trim().is_empty()) => cx.report(
            e.span(),
            format!("trail's `{attr}` is empty, so its logs are not encrypted with a KMS key"),
        ),
        _ => {}
    }
}
