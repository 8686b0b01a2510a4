use crate::check::prelude::*;
use facts::aws_edge::EksPublicEndpoint;

pub static CHECK: Check = Check {
    id: "AWS-EKS-002",
    name: "eks-public-endpoint-open-to-internet",
    title: "EKS cluster public endpoint accepts connections from any address",
    severity: Severity::High,
    description: "Flags `aws_eks_cluster` resources whose public API endpoint is on (the \
        default) and whose `vpc_config.public_access_cidrs` contains `0.0.0.0/0` or is unset \
        (then it defaults to `0.0.0.0/0`).\n\nThe Kubernetes API server is then reachable from \
        every address on the internet. Anyone holding a leaked kubeconfig, token or access \
        key can use it from anywhere, and every attacker can probe the API server for \
        vulnerabilities and misconfigured anonymous access.",
    remediation: "Turn public access off (`endpoint_public_access = false`, \
        `endpoint_private_access = true`), or list only trusted ranges in \
        `public_access_cidrs` (office egress, VPN, CI runners).",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-17",
        "soc2:CC6.6",
        "pci-dss:1.3.1",
    ],
    checkov: &["CKV_AWS_38"],
    trivy: &[
        "AVD-AWS-0041",
        "AWS-0041",
        "aws-eks-no-public-cluster-access-to-cidr",
    ],
    references: &[
        "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs",
    ],
    resource_kinds: &["aws_eks_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let EksPublicEndpoint::On { vpc, .. } = facts::aws_edge::eks_public_endpoint(cx.resource)
    else {
        return;
    };
    let Some((vpc, header)) = vpc else {
        cx.report_missing(format!(
            "cluster API endpoint is public and open to 0.0.0.0/0 (no `{}`)",
            cx.attr_name("vpc_config", "ResourcesVpcConfig")
        ));
        return;
    };
    let Some(cidrs) = vpc.get("public_access_cidrs").filter(|n| !n.is_null()) else {
        cx.report(
            header,
            format!(
                "public cluster endpoint is open to 0.0.0.0/0: `{}` is not set",
                cx.attr_name("public_access_cidrs", "PublicAccessCidrs")
            ),
        );
        return;
    };
    let Some(items) = facts::aws_edge::string_list(cidrs) else {
        return;
    };
    if items.is_empty() && !facts::aws_edge::has_unknown_element(cidrs) {
        cx.report(
            cidrs.span,
            format!(
                "public cluster endpoint is open to 0.0.0.0/0: `{}` is empty",
                cx.attr_name("public_access_cidrs", "PublicAccessCidrs")
            ),
        );
        return;
    }
    for (cidr, span) in items {
        if net::is_internet(cidr) {
            cx.report(span, format!("public cluster endpoint allows {cidr}"));
        }
    }
}
