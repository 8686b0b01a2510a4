variable "value" {
  type = string
}

resource "azurerm_postgresql_configuration" "on" {
  name                = "connection_throttling"
  resource_group_name = "rg"
  server_name         = "app-psql"
  value               = "on"
}

# Unknown value: no finding.
resource "azurerm_postgresql_flexible_server_configuration" "unknown" {
  name      = "connection_throttle.enable"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = var.value
}

# Another parameter turned off.
resource "azurerm_postgresql_flexible_server_configuration" "other" {
  name      = "log_disconnections"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  value     = "off"
}

resource "azurerm_postgresql_configuration" "disabled" {
  count               = 0
  name                = "connection_throttling"
  resource_group_name = "rg"
  server_name         = "app-psql"
  value               = "off"
}
