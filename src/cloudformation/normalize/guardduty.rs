//! GuardDuty detectors (`Enable` is required in CloudFormation).

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::GuardDuty::Detector" => Some(vec![main(
            "aws_guardduty_detector",
            Builder::new(p.span)
                .copy(p, "Enable", "enable")
                .copy(
                    p,
                    "FindingPublishingFrequency",
                    "finding_publishing_frequency",
                )
                .build(),
        )]),
        _ => None,
    }
}
