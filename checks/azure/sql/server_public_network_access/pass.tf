variable "public" {
  type = bool
}

resource "azurerm_mssql_server" "private" {
  name                          = "app-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "unknown" {
  name                          = "data-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = var.public
}

resource "azurerm_mssql_server" "disabled" {
  count               = 0
  name                = "disabled-sql"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}
