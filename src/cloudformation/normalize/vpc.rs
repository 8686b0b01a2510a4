//! VPC: VPCs, subnets, flow logs and network ACLs.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::EC2::VPC" => main(
            "aws_vpc",
            b.copy(p, "CidrBlock", "cidr_block")
                .copy(p, "EnableDnsSupport", "enable_dns_support")
                .copy(p, "EnableDnsHostnames", "enable_dns_hostnames")
                .copy(p, "InstanceTenancy", "instance_tenancy")
                .build(),
        ),
        "AWS::EC2::Subnet" => main(
            "aws_subnet",
            b.copy(p, "VpcId", "vpc_id")
                .copy(p, "CidrBlock", "cidr_block")
                .copy(p, "AvailabilityZone", "availability_zone")
                .copy(p, "MapPublicIpOnLaunch", "map_public_ip_on_launch")
                .copy(
                    p,
                    "AssignIpv6AddressOnCreation",
                    "assign_ipv6_address_on_creation",
                )
                .build(),
        ),
        "AWS::EC2::FlowLog" => {
            // The provider names the monitored resource by its type; CloudFormation has one
            // `ResourceId` and a `ResourceType`. When the type is unknown the flow log may be a
            // VPC's, so the id counts as a `vpc_id` (a VPC it refers to is then not reported,
            // and an unresolved id keeps every VPC quiet).
            let target = match p.get("ResourceType") {
                Some(t) if t.is_unknown() => Some("vpc_id"),
                Some(t) => match t.as_str() {
                    Some("VPC") => Some("vpc_id"),
                    Some("Subnet") => Some("subnet_id"),
                    Some("NetworkInterface") => Some("eni_id"),
                    Some("TransitGateway") => Some("transit_gateway_id"),
                    Some("TransitGatewayAttachment") => Some("transit_gateway_attachment_id"),
                    _ => None,
                },
                None => None,
            };
            if let Some(attr) = target {
                b.copy(p, "ResourceId", attr);
            }
            main(
                "aws_flow_log",
                b.copy(p, "TrafficType", "traffic_type")
                    .copy(p, "LogDestination", "log_destination")
                    .copy(p, "LogDestinationType", "log_destination_type")
                    .copy(p, "LogGroupName", "log_group_name")
                    .copy(p, "DeliverLogsPermissionArn", "iam_role_arn")
                    .build(),
            )
        }
        "AWS::EC2::NetworkAcl" => main("aws_network_acl", b.copy(p, "VpcId", "vpc_id").build()),
        "AWS::EC2::NetworkAclEntry" => {
            b.copy(p, "NetworkAclId", "network_acl_id")
                .copy(p, "RuleNumber", "rule_number")
                .copy(p, "Egress", "egress")
                .copy(p, "Protocol", "protocol")
                .copy(p, "RuleAction", "rule_action")
                .copy(p, "CidrBlock", "cidr_block")
                .copy(p, "Ipv6CidrBlock", "ipv6_cidr_block");
            match p.get("PortRange") {
                // An unknown range: both ends unknown.
                Some(r) if r.is_unknown() => {
                    b.copy(p, "PortRange", "from_port")
                        .copy(p, "PortRange", "to_port");
                }
                Some(r) => {
                    b.copy(r, "From", "from_port").copy(r, "To", "to_port");
                }
                None => {}
            }
            if let Some(i) = p.get("Icmp") {
                b.copy(i, "Type", "icmp_type").copy(i, "Code", "icmp_code");
            }
            main("aws_network_acl_rule", b.build())
        }
        _ => return None,
    }])
}
