variable "office_ip" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

# Allow Azure services: a separate concern.
resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mssql_firewall_rule" "unknown" {
  name             = "admin"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  start_ip_address = var.office_ip
  end_ip_address   = var.office_ip
}

resource "azurerm_mssql_firewall_rule" "disabled" {
  count            = 0
  name             = "AllowAll"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
