use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-EKS-004",
    name: "eks-control-plane-logging-incomplete",
    title: "EKS cluster does not log API, audit and authenticator events",
    severity: Severity::Medium,
    description: "Flags `aws_eks_cluster` resources whose `enabled_cluster_log_types` is unset \
        (control plane logging is off by default) or lacks one of `api`, `audit` and \
        `authenticator`.\n\nThese logs record who called the Kubernetes API, what they \
        changed and which IAM identity they authenticated as. Without them, privilege \
        escalation, secret reads or workload tampering in the cluster cannot be detected or \
        investigated.",
    remediation: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]` (add \
        `\"controllerManager\"` and `\"scheduler\"` for full coverage), and give the \
        `/aws/eks/<cluster>/cluster` log group a retention period.",
    compliance: &[
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
    ],
    checkov: &["CKV_AWS_37"],
    trivy: &[
        "AVD-AWS-0038",
        "AWS-0038",
        "aws-eks-enable-control-plane-logging",
    ],
    references: &[
        "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types",
    ],
    resource_kinds: &["aws_eks_cluster"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// The log types a security review needs.
const REQUIRED: &[&str] = &["api", "audit", "authenticator"];

fn run(cx: &Ctx) {
    match cx.setting("enabled_cluster_log_types") {
        Setting::Unknown(_) => {}
        Setting::Missing => cx.report_missing(format!(
            "cluster does not set `{}`, so no control plane logs are kept",
            cx.attr_name(
                "enabled_cluster_log_types",
                "Logging.ClusterLogging.EnabledTypes"
            )
        )),
        Setting::Set(e) => {
            if facts::aws_edge::has_unknown_element(&e.node) {
                return;
            }
            let Some(items) = facts::aws_edge::string_list(&e.node) else {
                return;
            };
            let missing: Vec<&str> = REQUIRED
                .iter()
                .copied()
                .filter(|t| !items.iter().any(|(x, _)| x == t))
                .collect();
            if !missing.is_empty() {
                let list = missing
                    .iter()
                    .map(|t| format!("\"{t}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                cx.report(
                    e.span(),
                    format!("control plane logging does not include {list}"),
                );
            }
        }
    }
}
