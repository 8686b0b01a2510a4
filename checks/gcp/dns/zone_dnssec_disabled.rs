use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-DNS-001",
    name: "dns-zone-dnssec-disabled",
    title: "Public Cloud DNS zone does not use DNSSEC",
    severity: Severity::Medium,
    description: "Flags public `google_dns_managed_zone` resources (visibility is public by \
        default) without `dnssec_config`, or with `dnssec_config { state = \"off\" }`. \
        Private zones are not flagged.\n\nWithout DNSSEC, resolvers cannot verify the zone's \
        answers: cache poisoning and on-path attackers can redirect users of the domain to \
        servers they control.",
    remediation: "Add `dnssec_config { state = \"on\" }` and publish the DS record at the \
        registrar.",
    compliance: &["cis-gcp:3.3", "nist-800-53:SC-20", "soc2:CC6.6"],
    checkov: &["CKV_GCP_16"],
    trivy: &["AVD-GCP-0013", "GCP-0013", "google-dns-enable-dnssec"],
    references: &[
        "https://cloud.google.com/dns/docs/dnssec",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config",
    ],
    resource_kinds: &["google_dns_managed_zone"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match cx.setting("visibility") {
        Setting::Missing => {}
        Setting::Set(e)
            if e.node.as_str().map(str::to_ascii_lowercase).as_deref() == Some("public") => {}
        _ => return,
    }
    let Some((cfg, header)) = facts::gcp::first_block(cx.body(), "dnssec_config") else {
        if !matches!(cx.setting("dnssec_config"), Setting::Unknown(_)) {
            cx.report_missing("public zone has no `dnssec_config`, so DNSSEC is off");
        }
        return;
    };
    match facts::gcp::lookup(cx, cfg, "state") {
        Setting::Set(e) if e.node.as_str() == Some("off") => {
            cx.report(e.span(), "DNSSEC is off (`state = \"off\"`)")
        }
        Setting::Missing => cx.report(header, "`dnssec_config` does not set `state = \"on\"`"),
        _ => {}
    }
}
