use crate::check::prelude::*;
use crate::facts::aws_more_b::{Block, Str, StrList, block, str_list, str_of};

pub static CHECK: Check = Check {
    id: "AWS-EKS-005",
    name: "eks-node-group-ssh-open-to-internet",
    title: "EKS node group allows SSH from the internet",
    severity: Severity::High,
    description: "Flags `aws_eks_node_group` resources whose `remote_access` block names an \
        `ec2_ssh_key` but no `source_security_group_ids` (or an empty list); on \
        CloudFormation, `AWS::EKS::Nodegroup` resources whose `RemoteAccess` names an \
        `Ec2SshKey` but no `SourceSecurityGroups`.\n\n\
        In that case EKS opens port 22 of every node in the group to `0.0.0.0/0`. Worker \
        nodes carry the kubelet credentials and the node IAM role; an SSH daemon reachable \
        from the whole internet invites brute-force and exploit attempts against them.",
    remediation: "Set `remote_access.source_security_group_ids` to the security groups of \
        your bastion or administration hosts, or drop `remote_access` altogether and reach \
        nodes through AWS Systems Manager Session Manager.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-17",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AWS_100"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group#remote_access",
    ],
    resource_kinds: &["aws_eks_node_group"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let Block::Present(entry, remote) = block(cx, cx.body(), "remote_access") else {
        return;
    };
    // Without a key, remote access opens nothing.
    let Str::Value(key, _) = str_of(cx, remote, "ec2_ssh_key") else {
        return;
    };
    if key.is_empty() {
        return;
    }
    let open = match str_list(cx, remote, "source_security_group_ids") {
        StrList::Missing => true,
        StrList::Known(ids, _) => ids.is_empty(),
        StrList::Unknown => false,
    };
    if open {
        cx.report(
            entry.key_span,
            format!(
                "remote access with SSH key \"{key}\" names no `{}`, so port 22 of the nodes is \
                 open to 0.0.0.0/0",
                cx.attr_name("source_security_group_ids", "SourceSecurityGroups")
            ),
        );
    }
}
