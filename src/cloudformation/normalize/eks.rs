//! EKS: clusters and managed node groups.

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::{Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty == "AWS::EKS::Nodegroup" {
        return Some(vec![node_group(p)]);
    }
    if ty != "AWS::EKS::Cluster" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "Name", "name")
        .copy(p, "Version", "version")
        .copy(p, "RoleArn", "role_arn")
        .copy_with(p, "ResourcesVpcConfig", "vpc_config", |n| {
            Builder::new(n.span)
                .copy(n, "EndpointPublicAccess", "endpoint_public_access")
                .copy(n, "EndpointPrivateAccess", "endpoint_private_access")
                .copy(n, "PublicAccessCidrs", "public_access_cidrs")
                .copy(n, "SubnetIds", "subnet_ids")
                .copy(n, "SecurityGroupIds", "security_group_ids")
                .build()
        })
        .copy_with(p, "EncryptionConfig", "encryption_config", |n| {
            each(n, |c| {
                let mut cb = Builder::new(c.span);
                cb.copy(c, "Resources", "resources");
                cb.copy_with(c, "Provider", "provider", |pr| {
                    Builder::new(pr.span).copy(pr, "KeyArn", "key_arn").build()
                });
                cb.build()
            })
        })
        .copy_with(p, "Logging", "enabled_cluster_log_types", log_types);
    Some(vec![main("aws_eks_cluster", b.build())])
}

/// `Logging: {ClusterLogging: {EnabledTypes: [{Type: api}, ...]}}` → `["api", ...]`. A
/// `Logging` without enabled types enables none.
fn log_types(logging: &Node) -> Node {
    let empty = |span| Node {
        value: NodeValue::List(Vec::new()),
        span,
    };
    let Some(cl) = logging.get("ClusterLogging") else {
        return empty(logging.span);
    };
    if cl.is_unknown() {
        return cl.clone();
    }
    let Some(types) = cl.get("EnabledTypes") else {
        return empty(cl.span);
    };
    match types.as_list() {
        Some(items) => Node {
            value: NodeValue::List(
                items
                    .iter()
                    .map(|t| match t.get("Type") {
                        Some(v) => v.clone(),
                        None => Node::unknown(t.span),
                    })
                    .collect(),
            ),
            span: types.span,
        },
        None => Node::unknown(types.span),
    }
}

/// A managed node group; `RemoteAccess` becomes the `remote_access` block.
fn node_group(p: &Node) -> Mapped {
    main(
        "aws_eks_node_group",
        Builder::new(p.span)
            .copy(p, "ClusterName", "cluster_name")
            .copy(p, "NodegroupName", "node_group_name")
            .copy(p, "NodeRole", "node_role_arn")
            .copy(p, "Subnets", "subnet_ids")
            .copy_with(p, "RemoteAccess", "remote_access", |n| {
                Builder::new(n.span)
                    .copy(n, "Ec2SshKey", "ec2_ssh_key")
                    .copy(n, "SourceSecurityGroups", "source_security_group_ids")
                    .build()
            })
            .build(),
    )
}
