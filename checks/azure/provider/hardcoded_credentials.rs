use crate::check::prelude::*;
use crate::facts::aws_more_a::{is_plausible_secret_value, mask};

pub static CHECK: Check = Check {
    id: "AZURE-PROVIDER-001",
    name: "azurerm-provider-hardcoded-client-secret",
    title: "AzureRM provider has a hard-coded client secret",
    severity: Severity::Critical,
    description: "Flags `provider \"azurerm\"` (and `azuread`) blocks whose `client_secret` or \
        `client_certificate_password` is a literal written in the configuration, in a \
        variable default or in a variables file. Values that cannot be known statically, \
        empty values and placeholders are left out; values are shown masked.\n\n\
        A service principal secret in Terraform code is copied into every clone, fork and CI \
        log of the repository and gives whatever the principal may do in the subscription \
        until the secret expires or is removed.",
    remediation: "Remove the secret from the provider block: use a managed identity \
        (`use_msi = true`), OpenID Connect federation from CI (`use_oidc = true`), the Azure \
        CLI for people, or the `ARM_CLIENT_SECRET` environment variable. Remove the committed \
        secret from the app registration and create a new one.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_oidc",
    ],
    resource_kinds: &["provider.azurerm", "provider.azuread"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    for key in ["client_secret", "client_certificate_password"] {
        if let Setting::Set(e) = cx.setting(key)
            && let Some(v) = e.node.as_str()
            && v.trim().chars().count() >= 8
            && is_plausible_secret_value(v)
        {
            cx.report(
                e.span(),
                format!("provider sets `{key}` to a literal secret ({})", mask(v)),
            );
        }
    }
}
