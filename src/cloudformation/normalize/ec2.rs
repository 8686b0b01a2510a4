//! EC2: volumes and security groups.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::EC2::Volume" => main(
            "aws_ebs_volume",
            b.copy(p, "Encrypted", "encrypted")
                .copy(p, "KmsKeyId", "kms_key_id")
                .copy(p, "SnapshotId", "snapshot_id")
                .copy(p, "Size", "size")
                .build(),
        ),
        "AWS::EC2::SecurityGroup" => {
            b.copy(p, "GroupDescription", "description")
                .copy(p, "GroupName", "name")
                .copy(p, "VpcId", "vpc_id");
            for (from, to) in [
                ("SecurityGroupIngress", "ingress"),
                ("SecurityGroupEgress", "egress"),
            ] {
                if let Some(e) = p.entry(from) {
                    b.block(to, e.key_span, each(&e.node, rule));
                }
            }
            main("aws_security_group", b.build())
        }
        "AWS::EC2::SecurityGroupIngress" => main(
            "aws_vpc_security_group_ingress_rule",
            b.copy(p, "IpProtocol", "ip_protocol")
                .copy(p, "FromPort", "from_port")
                .copy(p, "ToPort", "to_port")
                .copy(p, "CidrIp", "cidr_ipv4")
                .copy(p, "CidrIpv6", "cidr_ipv6")
                .copy(p, "Description", "description")
                .copy(p, "GroupId", "security_group_id")
                .build(),
        ),
        _ => return None,
    }])
}

/// An inline security group rule.
fn rule(r: &Node) -> Node {
    Builder::new(r.span)
        .copy(r, "IpProtocol", "protocol")
        .copy(r, "FromPort", "from_port")
        .copy(r, "ToPort", "to_port")
        .copy_as_list(r, "CidrIp", "cidr_blocks")
        .copy_as_list(r, "CidrIpv6", "ipv6_cidr_blocks")
        .copy(r, "Description", "description")
        .build()
}
