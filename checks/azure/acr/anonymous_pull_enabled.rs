use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at, str_at};

pub static CHECK: Check = Check {
    id: "AZURE-ACR-003",
    name: "container-registry-anonymous-pull-enabled",
    title: "Container registry allows anonymous pulls",
    severity: Severity::High,
    description: "Flags `azurerm_container_registry` resources that set \
        `anonymous_pull_enabled = true` (Standard and Premium SKUs). It is off by default.\n\n\
        Anonymous pull lets anyone who can reach the registry download every image without \
        credentials. Images routinely contain proprietary code, internal hostnames and \
        sometimes baked-in secrets, and their layers are a map for attacking the workloads \
        that run them.",
    remediation: "Set `anonymous_pull_enabled = false` (or remove it) and give consumers \
        `AcrPull` through managed identities or repository-scoped tokens; publish public images \
        from a separate registry.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:AC-14",
        "soc2:CC6.1",
        "iso-27001:A.8.3",
    ],
    checkov: &["CKV_AZURE_138"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/container-registry/anonymous-pull-access",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#anonymous_pull_enabled",
    ],
    resource_kinds: &["azurerm_container_registry"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    // The Basic SKU has no anonymous pull (the provider rejects the setting there).
    if let Read::Value(sku, _) = str_at(cx, body, &["sku"])
        && sku.eq_ignore_ascii_case("Basic")
    {
        return;
    }
    if let Read::Value(true, span) = bool_at(cx, body, &["anonymous_pull_enabled"]) {
        cx.report(
            span,
            "anyone who can reach the registry can pull its images without credentials",
        );
    }
}
