use crate::check::prelude::*;
use crate::facts::aws_compute::{
    NaclRule, Proto, describe, is_full_range, nacl_denied_before, nacl_rules, nacl_siblings,
};

pub static CHECK: Check = Check {
    id: "AWS-VPC-003",
    name: "network-acl-admin-ports-open-to-internet",
    title: "Network ACL allows SSH, RDP or all ports from the internet",
    severity: Severity::Medium,
    description: "Flags network ACL ingress entries (`aws_network_acl_rule` with `egress` false, \
        and inline `ingress` blocks of `aws_network_acl`) that allow traffic from `0.0.0.0/0` \
        or `::/0` to every port, or to a TCP or UDP port range containing SSH (22) or RDP \
        (3389). An entry is not reported when a lower-numbered deny entry of the same ACL \
        already blocks that traffic.\n\n\
        Network ACLs are the subnet-level guard behind security groups: when they admit \
        remote administration ports from anywhere, a single permissive security group is \
        all that stands between those services and the internet.",
    remediation: "Allow only the ports the subnet serves (for example 443 and the ephemeral \
        return range 1024-65535) from `0.0.0.0/0`, allow SSH and RDP only from administrative \
        CIDR blocks, or add a lower-numbered `deny` entry for ports 22 and 3389 from the \
        internet.",
    compliance: &[
        "cis-aws:5.1",
        "pci-dss:1.3.1",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_231", "CKV_AWS_232"],
    trivy: &["AVD-AWS-0105", "AWS-0105", "aws-ec2-no-public-ingress-acl"],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule",
    ],
    resource_kinds: &["aws_network_acl", "aws_network_acl_rule"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

const ADMIN_PORTS: &[(u16, &str)] = &[(22, "SSH"), (3389, "RDP")];

/// What an allow entry opens: (protocol, port) pairs, a port of `None` meaning every port.
fn exposure(rule: &NaclRule) -> Vec<(Proto, Option<u16>)> {
    match rule.protocol {
        Some(Proto::All) => vec![(Proto::All, None)],
        Some(p @ (Proto::Tcp | Proto::Udp)) => {
            let (Some(from), Some(to)) = (rule.from_port, rule.to_port) else {
                return Vec::new();
            };
            if is_full_range(from, to) {
                return vec![(p, None)];
            }
            ADMIN_PORTS
                .iter()
                .filter(|(port, _)| net::range_includes(from, to, *port))
                .map(|(port, _)| (p, Some(*port)))
                .collect()
        }
        _ => Vec::new(),
    }
}

fn run(cx: &Ctx) {
    let own = nacl_rules(cx.resource);
    let siblings = nacl_siblings(cx.graph, cx.id);
    for (i, rule) in own.iter().enumerate() {
        if rule.egress != Some(false) || rule.is_allow() != Some(true) {
            continue;
        }
        let items = exposure(rule);
        if items.is_empty() {
            continue;
        }
        let others: Vec<NaclRule> = own
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, r)| r.clone())
            .chain(siblings.iter().cloned())
            .collect();
        let label = match rule.rule_no {
            Some(n) => format!("network ACL rule {}", crate::value::format_number(n)),
            None => "network ACL rule".to_string(),
        };
        for (cidr, span) in rule.cidrs.iter().filter(|(c, _)| net::is_internet(c)) {
            let v6 = cidr.contains(':');
            let open: Vec<&(Proto, Option<u16>)> = items
                .iter()
                .filter(|(p, port)| nacl_denied_before(rule, &others, v6, *p, *port) == Some(false))
                .collect();
            let Some((proto, _)) = open.first() else {
                continue;
            };
            let what = describe(*proto, rule.from_port, rule.to_port);
            let admin: Vec<String> = open
                .iter()
                .filter_map(|(_, port)| *port)
                .filter_map(|port| ADMIN_PORTS.iter().find(|(p, _)| *p == port))
                .map(|(port, name)| format!("{name} ({port})"))
                .collect();
            let message = if admin.is_empty() {
                format!("{label} allows {cidr} to {what}")
            } else {
                format!(
                    "{label} allows {cidr} to {what}, which includes {}",
                    admin.join(" and ")
                )
            };
            cx.report(*span, message);
        }
    }
}
