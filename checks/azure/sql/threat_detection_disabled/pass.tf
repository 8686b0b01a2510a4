resource "azurerm_mssql_server" "protected" {
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_security_alert_policy" "protected" {
  resource_group_name  = "rg"
  server_name          = azurerm_mssql_server.protected.name
  state                = "Enabled"
  email_account_admins = true
}

# Matched by a literal server name.
resource "azurerm_mssql_server" "by_name" {
  name                         = "named-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_security_alert_policy" "by_name" {
  resource_group_name = "rg"
  server_name         = "named-sql"
  state               = "Enabled"
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
