resource "azurerm_mssql_server_extended_auditing_policy" "server" {
  server_id         = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  storage_endpoint  = "https://auditlogs.blob.core.windows.net/"
  retention_in_days = 30 # expect: AZURE-SQL-005
}

locals {
  audit_days = 7
}

resource "azurerm_mssql_database_extended_auditing_policy" "db" {
  database_id       = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql/databases/app"
  storage_endpoint  = "https://auditlogs.blob.core.windows.net/"
  retention_in_days = local.audit_days # expect: AZURE-SQL-005
}

# azurerm 2.x inline policy.
resource "azurerm_sql_server" "legacy" {
  name                         = "legacy-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"

  extended_auditing_policy {
    storage_endpoint  = "https://auditlogs.blob.core.windows.net/"
    retention_in_days = 14 # expect: AZURE-SQL-005
  }
}
