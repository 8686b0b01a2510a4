variable "value" {
  type = string
}

resource "azurerm_postgresql_configuration" "on" {
  name                = "log_checkpoints"
  resource_group_name = "rg"
  server_name         = "app-psql"
  value               = "on"
}

# Unknown value: no finding.
resource "azurerm_postgresql_flexible_server_configuration" "unknown" {
  name      = "log_checkpoints"
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
  name                = "log_checkpoints"
  resource_group_name = "rg"
  server_name         = "app-psql"
  value               = "off"
}
