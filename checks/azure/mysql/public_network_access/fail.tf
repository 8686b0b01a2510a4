resource "azurerm_mysql_server" "default" { # expect: AZURE-MYSQL-003
  name                    = "app-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}

variable "public" {
  default = true
}

resource "azurerm_mysql_flexible_server" "flexible" {
  name                          = "data-mysql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku_name                      = "GP_Standard_D2ds_v4"
  public_network_access_enabled = var.public # expect: AZURE-MYSQL-003
}
