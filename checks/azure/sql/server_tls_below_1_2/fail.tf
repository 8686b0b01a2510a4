resource "azurerm_mssql_server" "legacy" {
  name                         = "legacy-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version          = "1.0" # expect: AZURE-SQL-003
}

variable "tls" {
  default = "Disabled"
}

resource "azurerm_mssql_server" "from_variable" {
  name                         = "data-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version          = var.tls # expect: AZURE-SQL-003
}
