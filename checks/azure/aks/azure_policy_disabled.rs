use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at, legacy_addon};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-006",
    name: "aks-azure-policy-disabled",
    title: "AKS cluster does not run the Azure Policy add-on",
    severity: Severity::Low,
    description: "Flags `azurerm_kubernetes_cluster` resources with `azure_policy_enabled` \
        unset or `false` (on azurerm 2.x: `addon_profile { azure_policy { enabled } }`). The \
        add-on is off unless turned on.\n\n\
        The Azure Policy add-on runs Gatekeeper in the cluster and enforces policy assignments \
        (no privileged containers, allowed registries, required limits) at admission time, with \
        compliance reported centrally. Without it those guardrails have to be built and audited \
        per cluster.",
    remediation: "Set `azure_policy_enabled = true` and assign the Kubernetes policy \
        initiatives (for example the pod security baseline) to the cluster's scope.",
    compliance: &["nist-800-53:CM-6", "nist-800-53:CM-7", "soc2:CC7.1"],
    checkov: &["CKV_AZURE_116"],
    trivy: &[
        "AVD-AZU-0066",
        "AZU-0066",
        "azure-container-enable-azure-policy-addon",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/governance/policy/concepts/policy-for-kubernetes",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#azure_policy_enabled",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(cx, cx.body(), &["azure_policy_enabled"]) {
        Read::Value(false, span) => cx.report(
            span,
            "Azure Policy add-on is disabled (`azure_policy_enabled = false`)",
        ),
        Read::Missing => match legacy_addon(cx, "azure_policy") {
            None | Some(Read::Missing) => cx.report_missing(
                "cluster does not set `azure_policy_enabled = true`, so no policy is enforced at \
                 admission",
            ),
            Some(Read::Value(false, span)) => {
                cx.report(span, "Azure Policy add-on is disabled (`enabled = false`)")
            }
            _ => {}
        },
        _ => {}
    }
}
