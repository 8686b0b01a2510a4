resource "azurerm_postgresql_configuration" "single" {
  name                = "connection_throttling"
  resource_group_name = "rg"
  server_name         = "app-psql"
  value               = "off" # expect: AZURE-POSTGRES-008
}

variable "value" {
  default = "OFF"
}

resource "azurerm_postgresql_flexible_server_configuration" "flexible" {
  name      = "connection_throttle.enable"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = var.value # expect: AZURE-POSTGRES-008
}
