use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-VPC-002",
    name: "subnet-public-ip-on-launch",
    title: "Subnet gives instances public IP addresses",
    severity: Severity::Low,
    description: "Flags `aws_subnet` resources with `map_public_ip_on_launch = true`.\n\n\
        Every network interface launched into such a subnet gets a public IPv4 address unless \
        its creator opts out, so instances meant to be internal become reachable from the \
        internet as soon as a security group allows it. Public subnets usually only need load \
        balancers and NAT gateways, which get their addresses explicitly.",
    remediation: "Set `map_public_ip_on_launch = false` (the default) and give public \
        addresses explicitly to the few resources that need them (Elastic IPs, \
        `associate_public_ip_address` on a specific instance), or put workloads behind a load \
        balancer in private subnets.",
    compliance: &["nist-800-53:SC-7", "pci-dss:1.4.1", "soc2:CC6.6"],
    checkov: &["CKV_AWS_130"],
    trivy: &["AVD-AWS-0164", "AWS-0164", "aws-ec2-no-public-ip-subnet"],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch",
    ],
    resource_kinds: &["aws_subnet"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if let Some((true, span)) = cx.bool_or("map_public_ip_on_launch", false) {
        cx.report(
            span,
            "subnet assigns a public IP address to every instance launched in it",
        );
    }
}
