use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EC2-009",
    name: "instance-public-ip",
    title: "EC2 instance gets a public IP address",
    severity: Severity::Medium,
    description: "Flags `aws_instance` and `aws_launch_configuration` resources with \
        `associate_public_ip_address = true`, and `aws_launch_template` network interfaces \
        that set it.\n\n\
        A public address makes the instance directly reachable from the internet, so a single \
        permissive security group rule is enough to expose it. Instances behind a load \
        balancer or NAT gateway do not need one, and keeping them private leaves the load \
        balancer as the only entry point.",
    remediation: "Set `associate_public_ip_address = false` (or leave it unset in a private \
        subnet), place instances in private subnets, and publish services through a load \
        balancer, API gateway or AWS Systems Manager for administration.",
    compliance: &[
        "pci-dss:1.4.1",
        "nist-800-53:SC-7",
        "nist-800-53:AC-3",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_88"],
    trivy: &["AVD-AWS-0009", "AWS-0009", "aws-ec2-no-public-ip"],
    references: &[
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address",
    ],
    resource_kinds: &[
        "aws_instance",
        "aws_launch_configuration",
        "aws_launch_template",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let what = match cx.resource.kind.as_str() {
        "aws_instance" => "instance",
        "aws_launch_configuration" => "launch configuration",
        _ => "launch template network interface",
    };
    if let Setting::Set(e) = cx.setting("associate_public_ip_address")
        && e.node.as_bool() == Some(true)
    {
        cx.report(e.span(), format!("{what} is given a public IP address"));
    }
    for nic in cx.body().blocks("network_interfaces") {
        if let Setting::Set(e) = setting(nic, "associate_public_ip_address")
            && e.node.as_bool() == Some(true)
        {
            cx.report(e.span(), format!("{what} is given a public IP address"));
        }
    }
}
