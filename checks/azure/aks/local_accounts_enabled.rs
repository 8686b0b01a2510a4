use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-005",
    name: "aks-local-accounts-enabled",
    title: "AKS cluster keeps its local admin account",
    severity: Severity::Medium,
    description: "Flags `azurerm_kubernetes_cluster` resources with `local_account_disabled` \
        unset or `false` (the provider default is `false`).\n\n\
        Every AKS cluster has a local `clusterAdmin` credential that bypasses Azure AD and \
        Azure RBAC. Anyone allowed to call `listClusterAdminCredential` gets a non-expiring, \
        non-auditable cluster-admin kubeconfig that cannot be tied to a person and survives \
        the removal of their Azure AD access.",
    remediation: "Integrate the cluster with Azure AD \
        (`azure_active_directory_role_based_access_control`) and set \
        `local_account_disabled = true`.",
    compliance: &[
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AZURE_141"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#local_account_disabled",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(cx, cx.body(), &["local_account_disabled"]) {
        Read::Value(false, span) => cx.report(
            span,
            "local accounts are enabled (`local_account_disabled = false`), so the cluster \
             admin credential bypasses Azure AD",
        ),
        Read::Missing => cx.report_missing(
            "cluster does not set `local_account_disabled = true`, so its local cluster admin \
             credential bypasses Azure AD",
        ),
        _ => {}
    }
}
