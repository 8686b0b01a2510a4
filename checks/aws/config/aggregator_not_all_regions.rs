use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{StrList, quoted, str_list};

pub static CHECK: Check = Check {
    id: "AWS-CONFIG-003",
    name: "config-aggregator-not-all-regions",
    title: "AWS Config aggregator does not collect from all regions",
    severity: Severity::Low,
    description: "Flags `aws_config_configuration_aggregator` resources whose \
        `account_aggregation_source` or `organization_aggregation_source` does not set \
        `all_regions = true` and lists `regions` instead (on CloudFormation, \
        `AWS::Config::ConfigurationAggregator` sources without `AllAwsRegions: true`).\n\n\
        An aggregator limited to some regions gives a central view that silently leaves the \
        others out: resources created in a region nobody expected to be used (a favourite \
        of attackers running crypto-miners) never show up in it, and regions AWS adds later \
        are not covered either.",
    remediation: "Set `all_regions = true` on the aggregation source and remove `regions`.",
    compliance: &[
        "nist-800-53:CM-8",
        "nist-800-53:AU-6",
        "soc2:CC7.2",
        "iso-27001:A.8.15",
    ],
    checkov: &["CKV_AWS_121"],
    trivy: &[
        "AVD-AWS-0019",
        "AWS-0019",
        "aws-config-aggregate-all-regions",
    ],
    references: &[
        "https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_aggregator",
    ],
    resource_kinds: &["aws_config_configuration_aggregator"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for key in [
        "account_aggregation_source",
        "organization_aggregation_source",
    ] {
        let Some(entry) = cx.body().entry(key) else {
            continue;
        };
        for source in cx.body().blocks(key) {
            if source.is_unknown() {
                continue;
            }
            let span = match flag_in(cx, source, "all_regions") {
                Flag::Missing => entry.key_span,
                Flag::Off(e) => e.span(),
                Flag::On | Flag::Unknown => continue,
            };
            let StrList::Known(regions, _) = str_list(cx, source, "regions") else {
                continue;
            };
            let msg = if regions.is_empty() {
                format!(
                    "aggregator does not collect from all regions (`{}` is not set)",
                    cx.attr_name("all_regions", "AllAwsRegions")
                )
            } else {
                format!(
                    "aggregator collects only from {} instead of all regions",
                    quoted(&regions)
                )
            };
            cx.report(span, msg);
        }
    }
}
