resource "azurerm_mssql_server" "sql_auth_only" { # expect: AZURE-SQL-007
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}
