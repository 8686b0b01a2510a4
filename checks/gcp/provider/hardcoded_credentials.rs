use crate::check::prelude::*;
use crate::facts::aws_more_a::mask;

pub static CHECK: Check = Check {
    id: "GCP-PROVIDER-001",
    name: "google-provider-hardcoded-credentials",
    title: "Google provider has a hard-coded service account key or token",
    severity: Severity::Critical,
    description: "Flags `provider \"google\"` (and `google-beta`) blocks whose `credentials` \
        holds a service account key (a JSON key with a private key, written inline, in a \
        variable default, in a variables file, or read with `file()` from a key file inside \
        the repository) or whose `access_token` is a literal OAuth token. A `credentials` \
        path, and values that cannot be known statically, are left out.\n\n\
        A service account key never expires by itself: committed to a repository it is \
        copied into every clone and CI log and lets anyone act as the service account until \
        the key is deleted.",
    remediation: "Remove the key from the repository and the provider block. Use Application \
        Default Credentials (`gcloud auth application-default login` for people), Workload \
        Identity Federation for CI, or service account impersonation \
        (`impersonate_service_account`). Delete the committed key in IAM.",
    compliance: &[
        "nist-800-53:IA-5(7)",
        "pci-dss:8.3.2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/provider_reference#authentication",
        "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
    ],
    resource_kinds: &["provider.google", "provider.google-beta"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if let Setting::Set(e) = cx.setting("credentials")
        && let Some(v) = e.node.as_str()
        && v.contains("PRIVATE KEY-----")
    {
        cx.report(
            e.span(),
            "provider `credentials` holds a service account key with its private key",
        );
    }
    if let Setting::Set(e) = cx.setting("access_token")
        && let Some(v) = e.node.as_str()
        && v.trim_start().starts_with("ya29.")
    {
        cx.report(
            e.span(),
            format!(
                "provider sets `access_token` to a literal OAuth token ({})",
                mask(v)
            ),
        );
    }
}
