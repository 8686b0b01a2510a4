# The auditing policy's server comes from outside this module: it may be this server.
variable "server_id" {
  type = string
}

resource "azurerm_mssql_server" "main" {
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_extended_auditing_policy" "external" {
  server_id              = var.server_id
  log_monitoring_enabled = true
}
