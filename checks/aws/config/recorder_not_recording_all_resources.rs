use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Block, Str, StrList, block, block_path, str_list, str_of};

pub static CHECK: Check = Check {
    id: "AWS-CONFIG-001",
    name: "config-recorder-not-recording-all-resources",
    title: "AWS Config recorder does not record all supported resource types",
    severity: Severity::Medium,
    description: "Flags `aws_config_configuration_recorder` resources whose `recording_group` \
        sets `all_supported = false`, so that only the listed `resource_types` are recorded \
        (or all but the excluded ones). Recorders that do not declare a recording group \
        record everything and are not flagged. On CloudFormation, \
        `AWS::Config::ConfigurationRecorder` resources whose `RecordingGroup` sets \
        `AllSupported: false`.\n\n\
        Resource types left out of the recorder have no configuration history and are not \
        evaluated by Config rules or by Security Hub controls built on them: a new kind of \
        resource created by an attacker, or a misconfigured one, goes unnoticed.",
    remediation: "Set `recording_group { all_supported = true }` (and \
        `include_global_resource_types = true` in one region), or remove the \
        `recording_group` block. Control cost with `recording_mode` (daily recording) rather \
        than by leaving resource types out.",
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
        "https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder#recording_group",
    ],
    resource_kinds: &["aws_config_configuration_recorder"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(_, group) = block(cx, cx.body(), "recording_group") else {
        return;
    };
    let Flag::Off(e) = flag_in(cx, group, "all_supported") else {
        return;
    };
    let excluding = matches!(
        block_path(cx, group, &["recording_strategy"]),
        Block::Present(_, s) if matches!(
            str_of(cx, s, "use_only"),
            Str::Value(v, _) if v.eq_ignore_ascii_case("EXCLUSION_BY_RESOURCE_TYPES")
        )
    );
    let what = if excluding {
        match block(cx, group, "exclusion_by_resource_types") {
            Block::Present(_, x) => match str_list(cx, x, "resource_types") {
                StrList::Known(types, _) => format!(
                    "excludes {} resource type{}",
                    types.len(),
                    if types.len() == 1 { "" } else { "s" }
                ),
                _ => "excludes some resource types".to_string(),
            },
            _ => "excludes some resource types".to_string(),
        }
    } else {
        match str_list(cx, group, "resource_types") {
            StrList::Known(types, _) => format!(
                "records only {} resource type{}",
                types.len(),
                if types.len() == 1 { "" } else { "s" }
            ),
            _ => "records only the listed resource types".to_string(),
        }
    };
    cx.report(
        e.span(),
        format!(
            "Config recorder {what} instead of all supported ones (`{}`)",
            cx.attr_name("all_supported = false", "AllSupported: false")
        ),
    );
}
