use crate::check::prelude::*;
use crate::facts::azure_data;

pub static CHECK: Check = Check {
    id: "AZURE-POSTGRES-009",
    name: "postgres-threat-detection-disabled",
    title: "PostgreSQL single server has threat detection off",
    severity: Severity::Medium,
    description: "Flags `azurerm_postgresql_server` (single server) resources without a \
        `threat_detection_policy` block, or whose policy does not set `enabled = true`.\n\n\
        Threat detection (Microsoft Defender for open-source relational databases) alerts on \
        brute-force logins, access from unusual locations and suspicious queries; without it \
        such activity goes unnoticed.",
    remediation: "Add `threat_detection_policy { enabled = true, email_account_admins = true }` \
        (with `email_addresses` as needed), or enable Defender for open-source relational \
        databases for the subscription. Consider migrating to a flexible server, as single \
        servers are retired.",
    compliance: &["nist-800-53:SI-4", "soc2:CC7.2", "pci-dss:10.7.2"],
    checkov: &["CKV_AZURE_128"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#threat_detection_policy",
    ],
    resource_kinds: &["azurerm_postgresql_server"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    azure_data::report_threat_detection(cx, "PostgreSQL server");
}
