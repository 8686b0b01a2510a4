resource "azurerm_postgresql_server" "default" { # expect: AZURE-POSTGRES-003
  name                    = "app-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

variable "public" {
  default = true
}

resource "azurerm_postgresql_flexible_server" "flexible" {
  name                          = "data-psql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = var.public # expect: AZURE-POSTGRES-003
}
