use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-010",
    name: "aks-automatic-upgrades-disabled",
    title: "AKS cluster has no automatic upgrade channel",
    severity: Severity::Low,
    description: "Flags `azurerm_kubernetes_cluster` resources with `automatic_upgrade_channel` \
        (azurerm 4.x) or `automatic_channel_upgrade` (azurerm 3.x) unset or `none`. Without \
        one, AKS does not upgrade the cluster by itself.\n\n\
        Kubernetes minor versions are supported for about a year and patch releases carry \
        security fixes. A cluster that is only upgraded by hand tends to fall behind, keep \
        known vulnerabilities and eventually run an unsupported version.",
    remediation: "Set `automatic_upgrade_channel` to `patch` or `stable` (azurerm 3.x: \
        `automatic_channel_upgrade`), and a `maintenance_window_auto_upgrade` block to control \
        when upgrades happen.",
    compliance: &["nist-800-53:SI-2", "soc2:CC7.1", "iso-27001:A.8.8"],
    checkov: &["CKV_AZURE_171"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/auto-upgrade-cluster",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#automatic_upgrade_channel",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match str_at(
        cx,
        cx.body(),
        &["automatic_upgrade_channel", "automatic_channel_upgrade"],
    ) {
        Read::Value(v, span) if v.eq_ignore_ascii_case("none") => cx.report(
            span,
            "automatic upgrade channel is \"none\", so the cluster is only upgraded by hand",
        ),
        Read::Missing => cx.report_missing(
            "cluster sets no `automatic_upgrade_channel`, so Kubernetes security patches are \
             only applied by hand",
        ),
        _ => {}
    }
}
