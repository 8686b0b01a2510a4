//! AWS Config: configuration recorders and aggregators.
//!
//! CloudFormation has no resource for a recorder's status: a recorder it creates starts
//! recording once a delivery channel exists, so `aws_config_configuration_recorder_status`
//! has no counterpart here.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::Config::ConfigurationRecorder" => main(
            "aws_config_configuration_recorder",
            b.copy(p, "Name", "name")
                .copy(p, "RoleARN", "role_arn")
                .copy_with(p, "RecordingGroup", "recording_group", recording_group)
                .build(),
        ),
        "AWS::Config::ConfigurationAggregator" => main(
            "aws_config_configuration_aggregator",
            b.copy(p, "ConfigurationAggregatorName", "name")
                .copy_with(
                    p,
                    "AccountAggregationSources",
                    "account_aggregation_source",
                    |n| each(n, source),
                )
                .copy_with(
                    p,
                    "OrganizationAggregationSource",
                    "organization_aggregation_source",
                    source,
                )
                .build(),
        ),
        _ => return None,
    }])
}

fn recording_group(g: &Node) -> Node {
    Builder::new(g.span)
        .copy(g, "AllSupported", "all_supported")
        .copy(
            g,
            "IncludeGlobalResourceTypes",
            "include_global_resource_types",
        )
        .copy(g, "ResourceTypes", "resource_types")
        .copy_with(g, "RecordingStrategy", "recording_strategy", |s| {
            Builder::new(s.span).copy(s, "UseOnly", "use_only").build()
        })
        .copy_with(
            g,
            "ExclusionByResourceTypes",
            "exclusion_by_resource_types",
            |x| {
                Builder::new(x.span)
                    .copy(x, "ResourceTypes", "resource_types")
                    .build()
            },
        )
        .build()
}

/// An account or organization aggregation source.
fn source(s: &Node) -> Node {
    Builder::new(s.span)
        .copy(s, "AccountIds", "account_ids")
        .copy(s, "AllAwsRegions", "all_regions")
        .copy(s, "AwsRegions", "regions")
        .copy(s, "RoleArn", "role_arn")
        .build()
}
