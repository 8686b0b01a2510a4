use crate::check::prelude::*;
use facts::aws_edge::EksPublicEndpoint;

pub static CHECK: Check = Check {
    id: "AWS-EKS-001",
    name: "eks-public-endpoint",
    title: "EKS cluster API endpoint is reachable from the internet",
    severity: Severity::Medium,
    description: "Flags `aws_eks_cluster` resources whose `vpc_config.endpoint_public_access` is \
        `true` or unset (public access is on by default).\n\nA public endpoint exposes the \
        Kubernetes API server to the internet: it can be probed, brute-forced with stolen or \
        leaked credentials, and attacked through any API server vulnerability. A private \
        endpoint limits those attempts to clients inside the VPC or connected networks \
        (AWS-EKS-002 flags public endpoints open to every address).",
    remediation: "Set `endpoint_private_access = true` and `endpoint_public_access = false` in \
        `vpc_config`, and reach the API from inside the VPC (VPN, Direct Connect, a bastion or \
        Systems Manager). If public access is required, restrict `public_access_cidrs` to \
        known addresses.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-17",
        "soc2:CC6.6",
        "pci-dss:1.3.1",
    ],
    checkov: &["CKV_AWS_39"],
    trivy: &[
        "AVD-AWS-0040",
        "AWS-0040",
        "aws-eks-no-public-cluster-access",
    ],
    references: &[
        "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#endpoint_public_access",
    ],
    resource_kinds: &["aws_eks_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let EksPublicEndpoint::On { vpc, explicit } = facts::aws_edge::eks_public_endpoint(cx.resource)
    else {
        return;
    };
    let (name, on, vpc_name) = if cx.is_cloudformation() {
        (
            "EndpointPublicAccess",
            "EndpointPublicAccess: true",
            "ResourcesVpcConfig",
        )
    } else {
        (
            "endpoint_public_access",
            "endpoint_public_access = true",
            "vpc_config",
        )
    };
    match (explicit, vpc) {
        (Some(span), _) => cx.report(span, format!("cluster API endpoint is public (`{on}`)")),
        (None, Some((_, header))) => cx.report(
            header,
            format!("cluster API endpoint is public: `{name}` is not set and defaults to true"),
        ),
        (None, None) => cx.report_missing(format!(
            "cluster API endpoint is public: there is no `{vpc_name}` turning public access off"
        )),
    }
}
