variable "tls" {
  type = string
}

# 1.2 by default.
resource "azurerm_mssql_server" "default" {
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server" "explicit" {
  name                         = "data-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_server" "unknown" {
  name                         = "unknown-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version          = var.tls
}

resource "azurerm_mssql_server" "disabled" {
  count                        = 0
  name                         = "disabled-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version          = "1.0"
}
