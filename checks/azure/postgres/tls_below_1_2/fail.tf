resource "azurerm_postgresql_server" "single" {
  name                             = "app-psql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0" # expect: AZURE-POSTGRES-002
}

variable "min_tls" {
  default = "TLSv1.1"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = var.min_tls # expect: AZURE-POSTGRES-002
}
