//! Systems Manager: Parameter Store parameters. CloudFormation creates only `String` and
//! `StringList` parameters (not `SecureString`).

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::SSM::Parameter" => Some(vec![main(
            "aws_ssm_parameter",
            Builder::new(p.span)
                .copy(p, "Name", "name")
                .copy(p, "Type", "type")
                .copy(p, "Value", "value")
                .build(),
        )]),
        _ => None,
    }
}
