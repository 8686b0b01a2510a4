resource "azurerm_mssql_server" "default" { # expect: AZURE-SQL-001
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

variable "public" {
  default = true
}

resource "azurerm_mssql_server" "from_variable" {
  name                          = "data-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = var.public # expect: AZURE-SQL-001

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}
