use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag};

pub static CHECK: Check = Check {
    id: "AWS-GUARDDUTY-001",
    name: "guardduty-detector-disabled",
    title: "GuardDuty detector is turned off",
    severity: Severity::Medium,
    description: "Flags `aws_guardduty_detector` resources with `enable = false` (the default \
        is `true`).\n\n\
        A disabled detector analyses nothing: compromised credentials, instances talking to \
        command-and-control servers, crypto-mining and reconnaissance in the account and \
        region go undetected, while the configuration suggests threat detection is in place.",
    remediation: "Set `enable = true` (or remove the attribute). If GuardDuty is managed \
        centrally, leave the member detectors to the delegated administrator instead of \
        declaring disabled ones.",
    compliance: &[
        "nist-800-53:SI-4",
        "nist-800-53:RA-5",
        "soc2:CC7.2",
        "iso-27001:A.8.16",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector#enable",
    ],
    resource_kinds: &["aws_guardduty_detector"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let Flag::Off(e) = flag(cx, "enable") {
        cx.report(
            e.span(),
            format!(
                "GuardDuty detector is turned off (`{}`), so no threats are detected",
                cx.attr_name("enable = false", "Enable: false")
            ),
        );
    }
}
