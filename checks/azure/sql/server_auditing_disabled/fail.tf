resource "azurerm_mssql_server" "unaudited" { # expect: AZURE-SQL-004
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

variable "auditing" {
  default = false
}

resource "azurerm_mssql_server" "switched_off" {
  name                         = "data-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_extended_auditing_policy" "switched_off" {
  server_id              = azurerm_mssql_server.switched_off.id
  enabled                = var.auditing # expect: AZURE-SQL-004
  log_monitoring_enabled = true
}
