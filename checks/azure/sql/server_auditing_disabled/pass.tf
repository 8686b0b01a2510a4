resource "azurerm_mssql_server" "audited" {
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_extended_auditing_policy" "audited" {
  server_id                  = azurerm_mssql_server.audited.id
  storage_endpoint           = "https://auditlogs.blob.core.windows.net/"
  storage_account_access_key = "placeholder"
  retention_in_days          = 90
}

resource "azurerm_mssql_server" "disabled" {
  count                        = 0
  name                         = "disabled-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}
