variable "public" {
  type = bool
}

resource "azurerm_mysql_server" "private" {
  name                          = "app-mysql"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}

# Flexible server whose default depends on its network placement.
resource "azurerm_mysql_flexible_server" "vnet" {
  name                = "data-mysql"
  resource_group_name = "rg"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db"
}

resource "azurerm_mysql_flexible_server" "unknown" {
  name                          = "other-mysql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku_name                      = "GP_Standard_D2ds_v4"
  public_network_access_enabled = var.public
}

resource "azurerm_mysql_server" "disabled" {
  count                   = 0
  name                    = "gone-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}
