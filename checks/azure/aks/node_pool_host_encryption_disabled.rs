use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at, node_pools};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-008",
    name: "aks-node-pool-host-encryption-disabled",
    title: "AKS node pool does not use encryption at host",
    severity: Severity::Medium,
    description: "Flags the `default_node_pool` of `azurerm_kubernetes_cluster` resources and \
        `azurerm_kubernetes_cluster_node_pool` resources with `host_encryption_enabled` \
        (azurerm 4.x) or `enable_host_encryption` (azurerm 3.x) unset or `false`; the provider \
        default is `false`.\n\n\
        Managed OS and data disks are encrypted at rest by the storage service, but the nodes' \
        temporary disks, ephemeral OS disks and disk caches live on the VM host and are only \
        encrypted with encryption at host. Pods write secrets, image layers and emptyDir \
        volumes there.",
    remediation: "Register the `EncryptionAtHost` feature for the subscription, then set \
        `host_encryption_enabled = true` (azurerm 3.x: `enable_host_encryption = true`) on each \
        node pool; existing pools are recreated.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AZURE_227"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool#host_encryption_enabled",
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
        match bool_at(
            cx,
            pool.body,
            &["host_encryption_enabled", "enable_host_encryption"],
        ) {
            Read::Value(false, span) => cx.report(
                span,
                format!(
                    "{} has encryption at host turned off, so temporary disks and disk caches \
                     are not encrypted",
                    pool.label
                ),
            ),
            Read::Missing => cx.report(
                pool.span,
                format!(
                    "{} does not set `host_encryption_enabled = true`, so temporary disks and \
                     disk caches are not encrypted",
                    pool.label
                ),
            ),
            _ => {}
        }
    }
}
