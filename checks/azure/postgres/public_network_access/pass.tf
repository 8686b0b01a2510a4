variable "public" {
  type = bool
}

resource "azurerm_postgresql_server" "private" {
  name                          = "app-psql"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}

# Flexible server in a delegated subnet.
resource "azurerm_postgresql_flexible_server" "vnet" {
  name                          = "data-psql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  delegated_subnet_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db"
  private_dns_zone_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/db.postgres.database.azure.com"
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server" "unknown" {
  name                          = "other-psql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = var.public
}

resource "azurerm_postgresql_server" "disabled" {
  count                   = 0
  name                    = "gone-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}
