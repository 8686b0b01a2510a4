variable "ip" {
  type = string
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.10"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "unknown" {
  name             = "admin"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  start_ip_address = var.ip
  end_ip_address   = var.ip
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "disabled" {
  count            = 0
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
