use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-REDSHIFT-002",
    name: "redshift-cluster-publicly-accessible",
    title: "Redshift cluster is publicly accessible",
    severity: Severity::High,
    description: "Flags `aws_redshift_cluster` resources with `publicly_accessible = true`, or \
        with `publicly_accessible` unset: AWS provider versions before 6.0 default it to `true` \
        and send it on create, so a cluster declared without it gets a public endpoint (6.0 \
        changed the default to `false`; set it explicitly to be safe on every version).\n\n\
        A publicly accessible cluster has a public IP address, so the warehouse port is \
        reachable from the internet wherever the security groups allow it. Data warehouses \
        hold large volumes of business data and are a favoured target for credential \
        guessing.",
    remediation: "Set `publicly_accessible = false`, use a `cluster_subnet_group_name` with \
        private subnets, and reach the cluster from the VPC, a VPN or through a Redshift-managed \
        VPC endpoint.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-3",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
    ],
    checkov: &["CKV_AWS_87"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade",
    ],
    resource_kinds: &["aws_redshift_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    match cx.setting("publicly_accessible") {
        Setting::Missing => cx.report_missing(
            "cluster does not set `publicly_accessible`, which AWS providers before 6.0 default \
             to true",
        ),
        Setting::Unknown(_) => {}
        Setting::Set(e) => {
            if e.node.as_bool() == Some(true) {
                cx.report(
                    e.span(),
                    format!(
                        "cluster is reachable from the internet (`{}`)",
                        cx.attr_name("publicly_accessible = true", "PubliclyAccessible: true")
                    ),
                );
            }
        }
    }
}
