use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-VPC-001",
    name: "vpc-flow-logs-disabled",
    title: "VPC has no flow logs",
    severity: Severity::Medium,
    description: "Flags `aws_vpc` resources that no `aws_flow_log` refers to through `vpc_id`. \
        The check stays silent when some flow log's `vpc_id` cannot be resolved, since it may \
        target this VPC.\n\n\
        Flow logs are the only record of which addresses talked to which instances and ports. \
        Without them, detecting scanning, data exfiltration or lateral movement, and \
        reconstructing an incident afterwards, is guesswork.",
    remediation: "Add an `aws_flow_log` with `vpc_id` set to the VPC, `traffic_type = \"ALL\"` \
        (or at least `\"REJECT\"`), and a CloudWatch Logs or S3 destination with a retention \
        that fits your audit requirements. In CloudFormation, add an `AWS::EC2::FlowLog` with \
        `ResourceType: VPC` and `ResourceId: !Ref` the VPC.",
    compliance: &[
        "cis-aws:3.7",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
    ],
    checkov: &["CKV2_AWS_11"],
    trivy: &[
        "AVD-AWS-0178",
        "AWS-0178",
        "aws-ec2-require-vpc-flow-logs-for-all-vpcs",
    ],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log",
    ],
    resource_kinds: &["aws_vpc"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    if !cx.configured_by("aws_flow_log", "vpc_id", "id").is_empty() {
        return;
    }
    if cx.maybe_configured_by("aws_flow_log", "vpc_id") {
        return;
    }
    if cx.resource.framework == Framework::CloudFormation {
        cx.report_missing(
            "VPC has no `AWS::EC2::FlowLog` with `ResourceType: VPC` naming it, so its network \
             traffic is not recorded",
        );
    } else {
        cx.report_missing("VPC has no `aws_flow_log`, so its network traffic is not recorded");
    }
}
