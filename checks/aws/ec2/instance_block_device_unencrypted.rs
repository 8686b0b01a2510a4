use crate::check::prelude::*;
use crate::facts::aws_compute::{
    UnencryptedDevice, default_encryption_may_be_on, unencrypted_instance_devices,
};

pub static CHECK: Check = Check {
    id: "AWS-EC2-010",
    name: "instance-block-device-unencrypted",
    title: "EC2 instance volume is not encrypted",
    severity: Severity::Medium,
    description: "Flags `aws_instance` resources whose `root_block_device` or \
        `ebs_block_device` blocks have `encrypted` unset or `false`, and instances without a \
        `root_block_device` block (the root volume is then only encrypted if the AMI's \
        snapshot is). Devices created from a snapshot or given a `kms_key_id` are skipped, and \
        missing settings are not reported when the same configuration turns on \
        `aws_ebs_encryption_by_default`.\n\n\
        Unencrypted instance volumes, and every snapshot and AMI made from them, can be read \
        by anyone who gets hold of a copy, and fail data-at-rest requirements. Account-level \
        default encryption protects them too, but it is a per-region setting that is easily \
        missing in a new account or region.",
    remediation: "Set `encrypted = true` (optionally with `kms_key_id`) in `root_block_device` \
        and every `ebs_block_device`, or turn on `aws_ebs_encryption_by_default` in every \
        region the account uses.",
    compliance: &[
        "cis-aws:2.2.1",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "nist-800-53:SC-28",
        "soc2:CC6.1",
    ],
    checkov: &["CKV_AWS_8"],
    trivy: &[
        "AVD-AWS-0131",
        "AWS-0131",
        "aws-ec2-enable-at-rest-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices",
    ],
    resource_kinds: &["aws_instance"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let by_default = default_encryption_may_be_on(cx.graph, &cx.resource.unit);
    for d in unencrypted_instance_devices(cx.resource) {
        if d.missing && by_default {
            continue;
        }
        if cx.resource.framework == Framework::CloudFormation {
            cx.report(d.span, cloudformation_message(cx, &d, "instance"));
        } else {
            cx.report(d.span, d.message);
        }
    }
}

/// The message in CloudFormation's terms: block devices are `BlockDeviceMappings` entries
/// whose `Ebs` sets `Encrypted`, and the root volume is the entry for the root device name.
fn cloudformation_message(cx: &Ctx, d: &UnencryptedDevice, what: &str) -> String {
    if d.span == cx.resource.span {
        format!(
            "{what} has no `BlockDeviceMappings` entry for its root device, so the root volume \
             is encrypted only if its AMI snapshot is or EBS encryption by default is on"
        )
    } else if d.missing && d.message.starts_with("`root_block_device`") {
        "root device `Ebs` does not set `Encrypted`, so the volume is encrypted only if its \
         AMI snapshot is or EBS encryption by default is on"
            .to_string()
    } else if d.missing {
        "block device `Ebs` does not set `Encrypted`, so the volume is unencrypted unless EBS \
         encryption by default is on"
            .to_string()
    } else {
        "block device is not encrypted (`Encrypted: false`)".to_string()
    }
}
