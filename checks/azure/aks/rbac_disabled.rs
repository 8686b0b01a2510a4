use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, aks_rbac};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-001",
    name: "aks-rbac-disabled",
    title: "AKS cluster has Kubernetes RBAC disabled",
    severity: Severity::High,
    description: "Flags `azurerm_kubernetes_cluster` resources that set \
        `role_based_access_control_enabled = false` (or, on azurerm before 2.99, \
        `role_based_access_control { enabled = false }`). RBAC is on by default, so a missing \
        setting is not reported.\n\n\
        Without Kubernetes role-based access control every authenticated identity is \
        effectively a cluster administrator: there is no way to limit users, service accounts \
        or workloads to the namespaces and verbs they need, and Azure AD integration cannot be \
        used. RBAC can only be turned on by recreating the cluster.",
    remediation: "Remove the attribute or set `role_based_access_control_enabled = true` (a new \
        cluster is created), then grant access through `Role`/`ClusterRole` bindings or Azure \
        RBAC via `azure_active_directory_role_based_access_control`.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
        "iso-27001:A.8.2",
    ],
    checkov: &["CKV_AZURE_5"],
    trivy: &[
        "AVD-AZU-0042",
        "AZU-0042",
        "azure-container-use-rbac-permissions",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/concepts-identity",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Read::Value(false, span) = aks_rbac(cx) {
        cx.report(
            span,
            "Kubernetes RBAC is disabled, so every authenticated user has full access to the cluster",
        );
    }
}
