use crate::check::prelude::*;
use crate::facts::azure_compute::{Read, all_blocks, bool_at, str_at};

/// Capabilities that select an API other than NoSQL, where local authentication cannot be
/// turned off.
const NON_NOSQL_CAPABILITIES: &[&str] = &[
    "EnableMongo",
    "EnableCassandra",
    "EnableTable",
    "EnableGremlin",
];

pub static CHECK: Check = Check {
    id: "AZURE-COSMOS-004",
    name: "cosmosdb-local-authentication-enabled",
    title: "Cosmos DB account accepts account keys",
    severity: Severity::Low,
    description: "Flags NoSQL-API `azurerm_cosmosdb_account` resources (`kind` unset or \
        `GlobalDocumentDB`, without a Mongo, Cassandra, Table or Gremlin capability) with \
        `local_authentication_disabled` unset or `false`, the provider default. Other APIs \
        cannot disable key authentication and are not reported.\n\n\
        Account keys are shared secrets with full access to every database in the account: \
        they cannot be scoped, are not tied to an identity in logs, and leak through connection \
        strings. Disabling them leaves Azure AD identities with Cosmos DB data-plane RBAC as \
        the only way in.",
    remediation: "Move clients to Azure AD authentication with \
        `azurerm_cosmosdb_sql_role_assignment`, then set `local_authentication_disabled = \
        true`.",
    compliance: &[
        "nist-800-53:IA-2",
        "nist-800-53:AC-2",
        "soc2:CC6.1",
        "iso-27001:A.5.17",
    ],
    checkov: &["CKV_AZURE_140"],
    trivy: &[],
    references: &[
        "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-rbac#disable-local-auth",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#local_authentication_disabled",
    ],
    resource_kinds: &["azurerm_cosmosdb_account"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    let body = cx.body();
    match str_at(cx, body, &["kind"]) {
        Read::Missing => {}
        Read::Value(k, _) if k.eq_ignore_ascii_case("GlobalDocumentDB") => {}
        _ => return,
    }
    let Some(capabilities) = all_blocks(cx, body, "capabilities") else {
        return;
    };
    for (_, capability) in capabilities {
        match str_at(cx, capability, &["name"]) {
            Read::Value(name, _) if !NON_NOSQL_CAPABILITIES.contains(&name) => {}
            Read::Missing => {}
            _ => return,
        }
    }
    match bool_at(cx, body, &["local_authentication_disabled"]) {
        Read::Value(false, span) => cx.report(
            span,
            "Cosmos DB account accepts account keys (`local_authentication_disabled = false`)",
        ),
        Read::Missing => cx.report_missing(
            "Cosmos DB account does not set `local_authentication_disabled = true`, so account \
             keys grant full access",
        ),
        _ => {}
    }
}
