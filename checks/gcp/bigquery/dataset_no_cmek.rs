use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-BIGQUERY-002",
    name: "bigquery-dataset-no-cmek",
    title: "BigQuery dataset has no default customer-managed key",
    severity: Severity::Low,
    description: "Flags `google_bigquery_dataset` resources without \
        `default_encryption_configuration { kms_key_name = ... }`: new tables are then \
        encrypted with Google-managed keys.\n\nGoogle encrypts all data at rest, but a \
        customer-managed key lets you control rotation, disable access to the data by \
        disabling the key, and audit every use of it.",
    remediation: "Add `default_encryption_configuration { kms_key_name = \
        google_kms_crypto_key.bq.id }` and grant the BigQuery service agent \
        `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.",
    compliance: &[
        "cis-gcp:7.3",
        "nist-800-53:SC-28",
        "nist-800-53:SC-12",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_GCP_81"],
    trivy: &[],
    references: &[
        "https://cloud.google.com/bigquery/docs/customer-managed-encryption",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration",
    ],
    resource_kinds: &["google_bigquery_dataset"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match facts::gcp::first_block(cx.body(), "default_encryption_configuration") {
        Some((cfg, header)) => {
            if matches!(
                facts::gcp::lookup(cx, cfg, "kms_key_name"),
                Setting::Missing
            ) {
                cx.report(
                    header,
                    "`default_encryption_configuration` sets no `kms_key_name`",
                );
            }
        }
        None => {
            if !matches!(
                cx.setting("default_encryption_configuration"),
                Setting::Unknown(_)
            ) {
                cx.report_missing(
                    "dataset has no `default_encryption_configuration`, so new tables use Google-managed keys",
                );
            }
        }
    }
}
