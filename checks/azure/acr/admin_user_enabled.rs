use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-ACR-001",
    name: "container-registry-admin-user-enabled",
    title: "Container registry admin user is enabled",
    severity: Severity::High,
    description: "Flags `azurerm_container_registry` resources that set `admin_enabled = \
        true`. The admin user is off by default.\n\n\
        The admin user is a single shared account with push and pull rights on every \
        repository, whose two passwords are long-lived and readable by anyone with \
        `listCredentials` on the registry. Pushes made with it cannot be traced to a person or \
        workload, and a leaked password lets an attacker replace images that clusters deploy.",
    remediation: "Set `admin_enabled = false` (or remove it) and grant `AcrPull` / `AcrPush` \
        roles to managed identities, service principals or repository-scoped tokens instead.",
    compliance: &[
        "nist-800-53:AC-2",
        "nist-800-53:IA-2",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AZURE_137"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#admin_enabled",
    ],
    resource_kinds: &["azurerm_container_registry"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Read::Value(true, span) = bool_at(cx, cx.body(), &["admin_enabled"]) {
        cx.report(
            span,
            "registry admin user is enabled: a shared, long-lived credential with push rights \
             on every repository",
        );
    }
}
