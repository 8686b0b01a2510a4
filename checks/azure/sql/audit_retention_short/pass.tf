variable "days" {
  type = number
}

resource "azurerm_mssql_server_extended_auditing_policy" "long" {
  server_id         = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  storage_endpoint  = "https://auditlogs.blob.core.windows.net/"
  retention_in_days = 365
}

# 0 (the default) keeps logs without limit.
resource "azurerm_mssql_server_extended_auditing_policy" "unlimited" {
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/data-sql"
  storage_endpoint = "https://auditlogs.blob.core.windows.net/"
}

resource "azurerm_mssql_server_extended_auditing_policy" "unknown" {
  server_id         = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/other-sql"
  storage_endpoint  = "https://auditlogs.blob.core.windows.net/"
  retention_in_days = var.days
}

resource "azurerm_mssql_server_extended_auditing_policy" "disabled" {
  count             = 0
  server_id         = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/gone-sql"
  retention_in_days = 7
}
