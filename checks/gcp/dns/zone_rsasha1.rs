use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-DNS-002",
    name: "dns-zone-rsasha1",
    title: "Cloud DNS zone signs with RSASHA1",
    severity: Severity::Medium,
    description: "Flags `google_dns_managed_zone` resources whose \
        `dnssec_config.default_key_specs` use `algorithm = \"rsasha1\"` for the key-signing or \
        zone-signing key.\n\nSHA-1 is broken for collision resistance and RSASHA1 is \
        deprecated for DNSSEC signing: signatures made with it give weaker assurance and \
        some validators no longer accept them.",
    remediation: "Use `rsasha256`, `rsasha512` or `ecdsap256sha256` in `default_key_specs` \
        (changing the algorithm requires turning DNSSEC off and on again, with a DS record \
        update at the registrar).",
    compliance: &[
        "cis-gcp:3.4",
        "cis-gcp:3.5",
        "nist-800-53:SC-13",
        "nist-800-53:SC-20",
    ],
    checkov: &["CKV_GCP_17"],
    trivy: &["AVD-GCP-0012", "GCP-0012", "google-dns-no-rsa-sha1"],
    references: &[
        "https://cloud.google.com/dns/docs/dnssec-advanced#algorithms",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs",
    ],
    resource_kinds: &["google_dns_managed_zone"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let Some((cfg, _)) = facts::gcp::first_block(cx.body(), "dnssec_config") else {
        return;
    };
    for (spec, _) in facts::gcp::block_entries(cfg, "default_key_specs") {
        if let Setting::Set(e) = facts::gcp::lookup(cx, spec, "algorithm")
            && e.node
                .as_str()
                .is_some_and(|a| a.eq_ignore_ascii_case("rsasha1"))
        {
            let key = match spec.get("key_type").and_then(Node::as_str) {
                Some("keySigning") => "key-signing key",
                Some("zoneSigning") => "zone-signing key",
                _ => "DNSSEC key",
            };
            cx.report(
                e.span(),
                format!("the {key} uses the deprecated RSASHA1 algorithm"),
            );
        }
    }
}
