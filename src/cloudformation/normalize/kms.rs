//! KMS: keys.
//!
//! `Origin` has no counterpart on the provider's `aws_kms_key` (keys with imported material
//! are `aws_kms_external_key` there); it is kept as `origin` so that the rotation check can
//! leave keys whose material KMS does not hold alone.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::KMS::Key" => main(
            "aws_kms_key",
            b.copy(p, "Description", "description")
                .copy(p, "Enabled", "is_enabled")
                .copy(p, "EnableKeyRotation", "enable_key_rotation")
                .copy(p, "RotationPeriodInDays", "rotation_period_in_days")
                .copy(p, "KeySpec", "customer_master_key_spec")
                .copy(p, "KeyUsage", "key_usage")
                .copy(p, "KeyPolicy", "policy")
                .copy(p, "MultiRegion", "multi_region")
                .copy(p, "Origin", "origin")
                .build(),
        ),
        _ => return None,
    }])
}
