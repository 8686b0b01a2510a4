resource "azurerm_postgresql_server" "single" {
  name                             = "app-psql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  administrator_login              = "psqladmin"
  administrator_login_password     = "placeholder"
  ssl_enforcement_enabled          = false # expect: AZURE-POSTGRES-001
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"
  public_network_access_enabled    = false
}

variable "secure_transport" {
  default = "off"
}

resource "azurerm_postgresql_flexible_server_configuration" "transport" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = var.secure_transport # expect: AZURE-POSTGRES-001
}
