variable "min_tls" {
  type = string
}

# TLS1_2 by default.
resource "azurerm_postgresql_server" "default" {
  name                    = "app-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

resource "azurerm_postgresql_server" "unknown" {
  name                             = "data-psql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = var.min_tls
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = "TLSv1.3"
}

resource "azurerm_postgresql_server" "disabled" {
  count                            = 0
  name                             = "gone-psql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0"
}
