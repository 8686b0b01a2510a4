use crate::check::prelude::*;
use crate::facts::azure_data::{self, Bool, Str, bool_of, str_of};

pub static CHECK: Check = Check {
    id: "AZURE-STORAGE-008",
    name: "storage-queue-logging-disabled",
    title: "Storage account does not log queue service requests",
    severity: Severity::Medium,
    description: "Flags queue service logging that leaves out reads, writes or deletes \
        (`read`, `write` or `delete` set to `false` in the `logging` block of `queue_properties` \
        on `azurerm_storage_account` or of an `azurerm_storage_account_queue_properties` \
        resource), and storage accounts that hold queues (an `azurerm_storage_queue` refers to \
        them) but configure no queue logging at all. Accounts whose kind has no queue service \
        are skipped.\n\n\
        Storage Analytics logs are the record of who read, added or deleted queue messages; \
        without them, abuse of a leaked SAS token or key against the queue cannot be traced.",
    remediation: "Add `queue_properties { logging { read = true, write = true, delete = true, \
        version = \"1.0\", retention_policy_days = 90 } }` to the account, or the same `logging` \
        block in an `azurerm_storage_account_queue_properties` resource (azurerm 4.x), or route \
        queue logs to Log Analytics with a diagnostic setting.",
    compliance: &[
        "cis-azure:3.5",
        "pci-dss:10.2.1",
        "hipaa:164.312(b)",
        "nist-800-53:AU-2",
        "nist-800-53:AU-12",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_AZURE_33"],
    trivy: &[
        "AVD-AZU-0009",
        "AZU-0009",
        "azure-storage-queue-services-logging-enabled",
    ],
    references: &[
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-analytics-logging",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_queue_properties",
    ],
    resource_kinds: &[
        "azurerm_storage_account",
        "azurerm_storage_account_queue_properties",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const PROPS_KIND: &str = "azurerm_storage_account_queue_properties";

/// Reports logging that leaves out an operation; returns false when there is no `logging`.
fn check_logging(cx: &Ctx, props: &Node) -> bool {
    let mut found = false;
    for logging in props.blocks("logging") {
        found = true;
        for op in ["read", "write", "delete"] {
            if let Bool::Value(false, span) = bool_of(cx, logging, &[op]) {
                cx.report(span, format!("queue logging does not record {op} requests"));
            }
        }
    }
    found
}

fn run(cx: &Ctx) {
    if cx.resource.kind == PROPS_KIND {
        check_logging(cx, cx.body());
        return;
    }
    match str_of(cx, cx.body(), "account_kind") {
        Str::Unknown => return,
        Str::Value(kind, _) if !matches!(kind, "Storage" | "StorageV2") => return,
        _ => {}
    }
    if let Some(e) = cx.body().entry("queue_properties") {
        if e.node.is_unknown() {
            cx.note_unknown(e.span(), "queue_properties");
            return;
        }
        let mut found = false;
        for props in cx.body().blocks("queue_properties") {
            found |= check_logging(cx, props);
        }
        if found || !has_queues(cx) {
            return;
        }
        cx.report(
            e.key_span,
            "`queue_properties` has no `logging` block, so requests to the account's queues are not logged",
        );
        return;
    }
    if azure_data::has_companion(cx, PROPS_KIND, &[("storage_account_id", "id")]) {
        return;
    }
    if has_queues(cx) {
        cx.report_missing(
            "storage account holds queues but does not configure queue logging, so requests to \
             them are not logged",
        );
    }
}

fn has_queues(cx: &Ctx) -> bool {
    !azure_data::companions(
        cx,
        "azurerm_storage_queue",
        &[
            ("storage_account_name", "name"),
            ("storage_account_id", "id"),
        ],
    )
    .is_empty()
}
