//! EC2: volumes, security groups and their rules, instances, launch templates and (Auto
//! Scaling) launch configurations.
//!
//! Not here because CloudFormation has no such resource: the default security group of a VPC
//! (it exists only as the `DefaultSecurityGroup` attribute of `AWS::EC2::VPC`), and EBS
//! encryption by default (an account setting with no resource type).

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::{Node, NodeValue};
use crate::source::Span;

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
                .copy(p, "SourceSecurityGroupId", "referenced_security_group_id")
                .copy(p, "SourcePrefixListId", "prefix_list_id")
                .build(),
        ),
        "AWS::EC2::SecurityGroupEgress" => main(
            "aws_vpc_security_group_egress_rule",
            b.copy(p, "IpProtocol", "ip_protocol")
                .copy(p, "FromPort", "from_port")
                .copy(p, "ToPort", "to_port")
                .copy(p, "CidrIp", "cidr_ipv4")
                .copy(p, "CidrIpv6", "cidr_ipv6")
                .copy(p, "Description", "description")
                .copy(p, "GroupId", "security_group_id")
                .copy(
                    p,
                    "DestinationSecurityGroupId",
                    "referenced_security_group_id",
                )
                .copy(p, "DestinationPrefixListId", "prefix_list_id")
                .build(),
        ),
        "AWS::EC2::Instance" => {
            b.copy(p, "ImageId", "ami")
                .copy(p, "InstanceType", "instance_type")
                .copy(p, "SubnetId", "subnet_id")
                .copy(p, "LaunchTemplate", "launch_template")
                .copy(p, "UserData", "user_data_base64")
                .copy_with(p, "MetadataOptions", "metadata_options", metadata_options);
            if let Some(e) = p.entry("NetworkInterfaces") {
                b.block(
                    "network_interfaces",
                    e.key_span,
                    each(&e.node, network_interface),
                );
            }
            instance_devices(&mut b, p);
            main("aws_instance", b.build())
        }
        "AWS::EC2::LaunchTemplate" => {
            b.copy(p, "LaunchTemplateName", "name");
            match p.entry("LaunchTemplateData") {
                // The whole template data is unknown (an `Fn::If` on an unknown condition, say):
                // whatever it holds may be set, so nothing counts as missing.
                Some(d) if d.node.is_unknown() => {
                    for key in [
                        "metadata_options",
                        "block_device_mappings",
                        "network_interfaces",
                        "user_data",
                    ] {
                        b.set(key, d.key_span, NodeValue::Unknown);
                    }
                }
                Some(d) => {
                    let d = &d.node;
                    b.copy(d, "ImageId", "image_id")
                        .copy(d, "InstanceType", "instance_type")
                        // base64, as the provider's `user_data` of a launch template
                        .copy(d, "UserData", "user_data")
                        .copy_with(d, "MetadataOptions", "metadata_options", metadata_options)
                        .copy_with(d, "BlockDeviceMappings", "block_device_mappings", |n| {
                            each(n, template_mapping)
                        })
                        .copy_with(d, "NetworkInterfaces", "network_interfaces", |n| {
                            each(n, network_interface)
                        });
                }
                None => {}
            }
            main("aws_launch_template", b.build())
        }
        "AWS::AutoScaling::LaunchConfiguration" => {
            b.copy(p, "ImageId", "image_id")
                .copy(p, "InstanceType", "instance_type")
                .copy(p, "AssociatePublicIpAddress", "associate_public_ip_address")
                .copy(p, "UserData", "user_data_base64")
                .copy_with(p, "MetadataOptions", "metadata_options", metadata_options);
            instance_devices(&mut b, p);
            // A configuration copied from an instance takes that instance's block devices.
            if let Some(e) = p.entry("InstanceId")
                && p.entry("BlockDeviceMappings").is_none()
            {
                b.set("root_block_device", e.key_span, NodeValue::Unknown);
            }
            main("aws_launch_configuration", b.build())
        }
        _ => return None,
    }])
}

/// An inline security group rule (ingress or egress).
fn rule(r: &Node) -> Node {
    Builder::new(r.span)
        .copy(r, "IpProtocol", "protocol")
        .copy(r, "FromPort", "from_port")
        .copy(r, "ToPort", "to_port")
        .copy_as_list(r, "CidrIp", "cidr_blocks")
        .copy_as_list(r, "CidrIpv6", "ipv6_cidr_blocks")
        .copy_as_list(r, "SourceSecurityGroupId", "security_groups")
        .copy_as_list(r, "DestinationSecurityGroupId", "security_groups")
        .copy_as_list(r, "SourcePrefixListId", "prefix_list_ids")
        .copy_as_list(r, "DestinationPrefixListId", "prefix_list_ids")
        .copy(r, "Description", "description")
        .build()
}

/// `MetadataOptions` of an instance, launch template or launch configuration.
fn metadata_options(m: &Node) -> Node {
    Builder::new(m.span)
        .copy(m, "HttpTokens", "http_tokens")
        .copy(m, "HttpEndpoint", "http_endpoint")
        .copy(m, "HttpPutResponseHopLimit", "http_put_response_hop_limit")
        .copy(m, "InstanceMetadataTags", "instance_metadata_tags")
        .build()
}

/// A network interface of an instance or launch template.
fn network_interface(n: &Node) -> Node {
    Builder::new(n.span)
        .copy(n, "AssociatePublicIpAddress", "associate_public_ip_address")
        .copy(n, "DeviceIndex", "device_index")
        .copy(n, "SubnetId", "subnet_id")
        .copy(n, "NetworkInterfaceId", "network_interface_id")
        .build()
}

/// The `Ebs` block of a block device mapping: what the encryption checks read. Its span is
/// the `Ebs` key, where a finding about a missing `Encrypted` points.
fn ebs(key_span: Span, e: &Node) -> Node {
    if e.is_unknown() {
        return Node::unknown(key_span);
    }
    Builder::new(key_span)
        .copy(e, "Encrypted", "encrypted")
        .copy(e, "KmsKeyId", "kms_key_id")
        .copy(e, "SnapshotId", "snapshot_id")
        .copy(e, "VolumeSize", "volume_size")
        .copy(e, "VolumeType", "volume_type")
        .build()
}

/// A launch template's block device mapping, with its `ebs` block.
fn template_mapping(m: &Node) -> Node {
    let mut b = Builder::new(m.span);
    b.copy(m, "DeviceName", "device_name")
        .copy(m, "NoDevice", "no_device")
        .copy(m, "VirtualName", "virtual_name");
    if let Some(e) = m.entry("Ebs") {
        b.block("ebs", e.key_span, ebs(e.key_span, &e.node));
    }
    b.build()
}

/// Device names under which AMIs register their root volume: a mapping for one of these
/// configures the root volume rather than adding a volume.
const ROOT_DEVICE_NAMES: &[&str] = &["/dev/xvda", "/dev/sda1", "/dev/sda", "xvda", "sda1"];

/// The `BlockDeviceMappings` of an instance or launch configuration, split the way the
/// provider splits them: a mapping for the root device name becomes `root_block_device`, the
/// other EBS mappings `ebs_block_device` (instance store and `NoDevice` mappings hold no EBS
/// volume). When a mapping's device name is unknown it may be the root volume, so
/// `root_block_device` is unknown rather than missing.
fn instance_devices(b: &mut Builder, p: &Node) {
    let Some(e) = p.entry("BlockDeviceMappings") else {
        return;
    };
    let Some(items) = e.node.as_list() else {
        b.set("root_block_device", e.key_span, NodeValue::Unknown);
        return;
    };
    let (mut roots, mut others, mut maybe_root) = (Vec::new(), Vec::new(), false);
    for item in items {
        if item.is_unknown() {
            maybe_root = true;
            continue;
        }
        let name = item.get("DeviceName");
        let is_root = match name.map(|n| (n.is_unknown(), n.as_str())) {
            Some((false, Some(n))) => ROOT_DEVICE_NAMES.contains(&n),
            Some((true, _)) => {
                maybe_root = true;
                false
            }
            _ => false,
        };
        let Some(v) = item.entry("Ebs") else {
            continue;
        };
        let device = ebs(v.key_span, &v.node);
        if is_root {
            roots.push(device);
        } else {
            others.push(device);
        }
    }
    if !roots.is_empty() {
        b.block(
            "root_block_device",
            e.key_span,
            Node {
                value: NodeValue::List(roots),
                span: e.node.span,
            },
        );
    } else if maybe_root {
        b.set("root_block_device", e.key_span, NodeValue::Unknown);
    }
    if !others.is_empty() {
        b.block(
            "ebs_block_device",
            e.key_span,
            Node {
                value: NodeValue::List(others),
                span: e.node.span,
            },
        );
    }
}
