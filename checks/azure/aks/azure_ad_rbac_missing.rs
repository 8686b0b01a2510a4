use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, aks_rbac, block};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-002",
    name: "aks-azure-ad-integration-missing",
    title: "AKS cluster is not integrated with Azure AD",
    severity: Severity::Low,
    description: "Flags `azurerm_kubernetes_cluster` resources with Kubernetes RBAC on but no \
        `azure_active_directory_role_based_access_control` block (nor, on azurerm 2.x, an \
        `azure_active_directory` block inside `role_based_access_control`). Clusters with RBAC \
        turned off are left to AZURE-AKS-001.\n\n\
        Without Azure AD (Microsoft Entra ID) integration, people reach the API server with \
        certificates from the cluster's local kubeconfig: access cannot be tied to individual \
        identities, conditional access or MFA, and revoking a person's access means rotating \
        cluster credentials.",
    remediation: "Add an `azure_active_directory_role_based_access_control` block with \
        `admin_group_object_ids` (and `azure_rbac_enabled = true` to authorise with Azure \
        RBAC), then set `local_account_disabled = true`.",
    compliance: &[
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
        "iso-27001:A.8.5",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/enable-authentication-microsoft-entra-id",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#azure_active_directory_role_based_access_control",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    match aks_rbac(cx) {
        Read::Value(false, _) | Read::Unknown => return,
        _ => {}
    }
    match block(cx, body, "azure_active_directory_role_based_access_control") {
        Block::Missing => {}
        _ => return,
    }
    // azurerm 2.x: role_based_access_control { azure_active_directory { ... } }
    match block(cx, body, "role_based_access_control") {
        Block::Missing => {}
        Block::Unknown => return,
        Block::Present(_, rbac) => {
            if !matches!(block(cx, rbac, "azure_active_directory"), Block::Missing) {
                return;
            }
        }
    }
    cx.report_missing(
        "cluster has no `azure_active_directory_role_based_access_control` block, so users \
         authenticate with local cluster credentials instead of Azure AD",
    );
}
