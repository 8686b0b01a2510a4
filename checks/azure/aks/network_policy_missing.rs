use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-003",
    name: "aks-network-policy-missing",
    title: "AKS cluster has no network policy engine",
    severity: Severity::Medium,
    description: "Flags `azurerm_kubernetes_cluster` resources whose `network_profile` does not \
        set `network_policy` (or that have no `network_profile` at all). Clusters on the Cilium \
        data plane (`network_data_plane`, or `ebpf_data_plane` on azurerm 3.x, set to \
        `cilium`) enforce policies through Cilium, and clusters that bring their own CNI \
        (`network_plugin = \"none\"`) install their own engine; neither is reported.\n\n\
        Without a network policy engine, Kubernetes `NetworkPolicy` objects are accepted but \
        not enforced: every pod can reach every other pod and namespace, so one compromised \
        workload can move laterally through the cluster. The engine can only be chosen when \
        the cluster is created (or by a disruptive update).",
    remediation: "Set `network_profile { network_policy = \"azure\" }` (with \
        `network_plugin = \"azure\"`), `\"calico\"`, or use Azure CNI powered by Cilium \
        (`network_data_plane = \"cilium\"`), then write `NetworkPolicy` objects that deny \
        traffic by default.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-4",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.22",
    ],
    checkov: &["CKV_AZURE_7"],
    trivy: &[
        "AVD-AZU-0043",
        "AZU-0043",
        "azure-container-configured-network-policy",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/use-network-policies",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let (entry, profile) = match block(cx, cx.body(), "network_profile") {
        Block::Missing => {
            cx.report_missing(
                "cluster has no `network_profile`, so no network policy engine enforces \
                 NetworkPolicy objects",
            );
            return;
        }
        Block::Unknown => return,
        Block::Present(e, p) => (e, p),
    };
    // Bring-your-own CNI: the policy engine comes with the plugin the user installs.
    match str_at(cx, profile, &["network_plugin"]) {
        Read::Value(p, _) if p.eq_ignore_ascii_case("none") => return,
        Read::Unknown => return,
        _ => {}
    }
    match str_at(cx, profile, &["network_policy"]) {
        Read::Value(v, span) if v.trim().is_empty() || v.eq_ignore_ascii_case("none") => {
            cx.report(
                span,
                format!("network policy is \"{v}\", so pod traffic is not restricted"),
            );
        }
        Read::Missing => match str_at(cx, profile, &["network_data_plane", "ebpf_data_plane"]) {
            Read::Value(v, _) if v.eq_ignore_ascii_case("cilium") => {}
            Read::Unknown => {}
            _ => cx.report(
                entry.key_span,
                "network profile sets no `network_policy`, so NetworkPolicy objects are \
                     not enforced and every pod can reach every other pod",
            ),
        },
        _ => {}
    }
}
