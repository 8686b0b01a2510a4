use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag};

pub static CHECK: Check = Check {
    id: "AWS-CONFIG-002",
    name: "config-recorder-disabled",
    title: "AWS Config recorder is stopped",
    severity: Severity::Medium,
    description: "Flags `aws_config_configuration_recorder_status` resources with \
        `is_enabled = false`. Terraform only: CloudFormation has no resource for a \
        recorder's status (a recorder it creates records once a delivery channel exists).\n\n\
        A stopped recorder records no configuration changes: Config rules, conformance packs \
        and the Security Hub controls built on them stop evaluating, and there is no history \
        to reconstruct what changed during an incident, while the recorder and its delivery \
        channel still appear to be in place.",
    remediation: "Set `is_enabled = true` on the recorder status (with a delivery channel \
        configured, which the status resource should depend on).",
    compliance: &[
        "cis-aws:3.3",
        "nist-800-53:CM-8",
        "nist-800-53:AU-12",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV2_AWS_45"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder_status",
    ],
    resource_kinds: &["aws_config_configuration_recorder_status"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Flag::Off(e) = flag(cx, "is_enabled") {
        cx.report(
            e.span(),
            "Config recorder is stopped (`is_enabled = false`), so no configuration changes \
             are recorded",
        );
    }
}
