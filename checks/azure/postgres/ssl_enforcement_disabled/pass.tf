variable "ssl" {
  type = bool
}

resource "azurerm_postgresql_server" "enforced" {
  name                          = "app-psql"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}

resource "azurerm_postgresql_server" "unknown" {
  name                          = "data-psql"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = var.ssl
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server_configuration" "transport" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "other" {
  name      = "log_min_duration_statement"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = "off"
}

resource "azurerm_postgresql_server" "disabled" {
  count                   = 0
  name                    = "gone-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = false
}
