resource "azurerm_mssql_server" "entra" {
  name                = "app-sql"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

# azurerm 2.x/3.x separate resource.
resource "azurerm_sql_server" "legacy" {
  name                         = "legacy-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = "rg"
  login               = "dba-group"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  object_id           = "00000000-0000-0000-0000-000000000000"
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
