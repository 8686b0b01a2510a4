use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at, node_pools};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-009",
    name: "aks-node-public-ip-enabled",
    title: "AKS nodes get public IP addresses",
    severity: Severity::Medium,
    description: "Flags the `default_node_pool` of `azurerm_kubernetes_cluster` resources and \
        `azurerm_kubernetes_cluster_node_pool` resources that set `node_public_ip_enabled` \
        (azurerm 4.x) or `enable_node_public_ip` (azurerm 3.x) to `true`. Nodes get no public \
        address by default.\n\n\
        A public IP on every node makes the kubelet, SSH, NodePort services and anything else \
        listening on the node directly addressable from the internet, guarded only by the \
        network security group; it also bypasses the cluster's egress path.",
    remediation: "Remove the attribute or set `node_public_ip_enabled = false`, and publish \
        workloads through a load balancer or ingress controller instead.",
    compliance: &[
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_143"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/use-node-public-ips",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool#node_public_ip_enabled",
    ],
    resource_kinds: &[
        "azurerm_kubernetes_cluster",
        "azurerm_kubernetes_cluster_node_pool",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for pool in node_pools(cx) {
        if let Read::Value(true, span) = bool_at(
            cx,
            pool.body,
            &["node_public_ip_enabled", "enable_node_public_ip"],
        ) {
            cx.report(
                span,
                format!(
                    "{} gives every node a public IP address, reachable from the internet",
                    pool.label
                ),
            );
        }
    }
}
