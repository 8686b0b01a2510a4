use crate::check::prelude::*;
use crate::facts::aws_more_b::{script_credentials, user_data};

pub static CHECK: Check = Check {
    id: "AWS-EC2-012",
    name: "ec2-user-data-contains-secret",
    title: "Instance user data contains a credential",
    severity: Severity::High,
    description: "Flags the user data of `aws_instance`, `aws_launch_template` (decoded from \
        base64) and `aws_launch_configuration` resources that holds a literal credential: a \
        value assigned to a name that says it is one (`AWS_SECRET_ACCESS_KEY=...`, \
        `DB_PASSWORD=...`, `password: ...`, `--password=...`), a private key, or a word with \
        the shape of a well-known credential (an AWS access key id, a GitHub or Slack token, \
        a URL with a password). Values filled in at boot (`$VAR`, `$(aws secretsmanager \
        ...)`) and user data whose value is unknown are left out; values are shown \
        masked. On CloudFormation, the `UserData` (base64, usually `Fn::Base64` of a \
        `Fn::Sub`) of `AWS::EC2::Instance`, `AWS::EC2::LaunchTemplate` and \
        `AWS::AutoScaling::LaunchConfiguration`.\n\n\
        User data is not secret: anyone allowed `ec2:DescribeInstanceAttribute` or \
        `ec2:DescribeLaunchTemplateVersions` reads it, every process on the instance can \
        fetch it from the metadata service, it is kept in every launch template version and \
        in the Terraform state, and cloud-init often copies it to logs.",
    remediation: "Keep the credential in Secrets Manager or SSM Parameter Store and have the \
        boot script fetch it with the instance role (`aws secretsmanager get-secret-value`, \
        `aws ssm get-parameter --with-decryption`); for AWS APIs, use the instance profile \
        instead of access keys. Rotate a credential that was already placed in user data.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "nist-800-53:SC-28",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AWS_46"],
    trivy: &[
        "AVD-AWS-0029",
        "AWS-0029",
        "aws-ec2-no-secrets-in-user-data",
        "AVD-AWS-0129",
        "AWS-0129",
        "aws-ec2-no-secrets-in-launch-template-user-data",
        "AVD-AWS-0122",
        "AWS-0122",
        "aws-ec2-no-sensitive-info",
    ],
    references: &[
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html",
    ],
    resource_kinds: &[
        "aws_instance",
        "aws_launch_template",
        "aws_launch_configuration",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// How many credentials a message names before summing up the rest.
const SHOWN: usize = 3;

fn run(cx: &Ctx) {
    let Some((entry, text)) = user_data(cx) else {
        return;
    };
    let found = script_credentials(&text);
    if found.is_empty() {
        return;
    }
    let mut msg = format!("user data {}", found[..found.len().min(SHOWN)].join("; "));
    if found.len() > SHOWN {
        msg.push_str(&format!(" and {} more credentials", found.len() - SHOWN));
    }
    cx.report(entry.span(), msg);
}
