use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, bool_at};

pub static CHECK: Check = Check {
    id: "AZURE-COSMOS-003",
    name: "cosmosdb-key-based-metadata-write-enabled",
    title: "Cosmos DB account keys can change databases and containers",
    severity: Severity::Medium,
    description: "Flags `azurerm_cosmosdb_account` resources with \
        `access_key_metadata_writes_enabled` unset or `true` (the provider default).\n\n\
        With key-based metadata writes allowed, anyone holding an account key, which most \
        applications do, can create, change and delete databases, containers and their \
        throughput and indexing settings through the data plane. Turning it off restricts \
        those changes to Azure Resource Manager, where they are governed by Azure RBAC and \
        recorded in the activity log.",
    remediation: "Set `access_key_metadata_writes_enabled = false` and manage databases and \
        containers through Terraform (`azurerm_cosmosdb_sql_database`, ...) or other ARM \
        clients.",
    compliance: &["nist-800-53:AC-6", "nist-800-53:CM-5", "soc2:CC6.1"],
    checkov: &["CKV_AZURE_132"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/cosmos-db/role-based-access-control#prevent-sdk-changes",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#access_key_metadata_writes_enabled",
    ],
    resource_kinds: &["azurerm_cosmosdb_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    match bool_at(cx, cx.body(), &["access_key_metadata_writes_enabled"]) {
        Read::Value(true, span) => cx.report(
            span,
            "account keys can create, change and delete databases and containers",
        ),
        Read::Missing => cx.report_missing(
            "Cosmos DB account does not set `access_key_metadata_writes_enabled = false`, so \
             account keys can create, change and delete databases and containers",
        ),
        _ => {}
    }
}
