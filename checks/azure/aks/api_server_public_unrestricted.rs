use crate::check::prelude::*;
use crate::facts::azure_compute::{Block, Read, block, bool_at, strings_at};

pub static CHECK: Check = Check {
    id: "AZURE-AKS-004",
    name: "aks-api-server-public-unrestricted",
    title: "AKS API server is reachable from any address",
    severity: Severity::High,
    description: "Flags `azurerm_kubernetes_cluster` resources that are not private clusters \
        (`private_cluster_enabled` unset or `false`) and do not limit the public API server \
        endpoint to `api_server_access_profile { authorized_ip_ranges }` (or \
        `api_server_authorized_ip_ranges` on azurerm 3.x), or that authorise `0.0.0.0/0`.\n\n\
        The Kubernetes API server is the cluster's control plane. Exposed to the whole internet \
        it can be probed for vulnerabilities, brute-forced with stolen or leaked credentials and \
        abused the moment a kubeconfig leaks; restricting it to known networks removes that \
        attack surface.",
    remediation: "Set `private_cluster_enabled = true`, or keep the public endpoint and list \
        the administrative networks in `api_server_access_profile { authorized_ip_ranges = \
        [...] }`.",
    compliance: &[
        "nist-800-53:SC-7",
        "nist-800-53:AC-17",
        "pci-dss:1.3.1",
        "soc2:CC6.6",
        "iso-27001:A.8.20",
    ],
    checkov: &["CKV_AZURE_6"],
    trivy: &[
        "AVD-AZU-0041",
        "AZU-0041",
        "azure-container-limit-authorized-ips",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile",
    ],
    resource_kinds: &["azurerm_kubernetes_cluster"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    let private_span = match bool_at(cx, body, &["private_cluster_enabled"]) {
        Read::Value(true, _) | Read::Unknown => return,
        Read::Value(false, span) => span,
        Read::Missing => cx.resource.span,
    };
    // The authorised ranges: azurerm 3.x+ block, or the older top-level attribute.
    let mut ranges = Vec::new();
    match block(cx, body, "api_server_access_profile") {
        Block::Unknown => return,
        Block::Missing => {}
        Block::Present(_, profile) => {
            match strings_at(cx, profile, &["authorized_ip_ranges"], false) {
                Read::Unknown => return,
                Read::Value(v, _) => ranges.extend(v),
                Read::Missing => {}
            }
        }
    }
    match strings_at(cx, body, &["api_server_authorized_ip_ranges"], false) {
        Read::Unknown => return,
        Read::Value(v, _) => ranges.extend(v),
        Read::Missing => {}
    }
    if ranges.is_empty() {
        cx.report(
            private_span,
            "API server has a public endpoint and no authorized IP ranges, so it accepts \
             connections from any address on the internet",
        );
        return;
    }
    for (range, span) in ranges {
        if net::is_internet(range.trim()) {
            cx.report(
                span,
                format!("authorized IP range \"{range}\" admits every address on the internet"),
            );
        }
    }
}
