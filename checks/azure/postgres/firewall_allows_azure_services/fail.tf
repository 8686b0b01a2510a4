resource "azurerm_postgresql_flexible_server_firewall_rule" "azure" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  start_ip_address = "0.0.0.0" # expect: AZURE-POSTGRES-005
  end_ip_address   = "0.0.0.0"
}

variable "azure_marker" {
  default = "0.0.0.0"
}

resource "azurerm_postgresql_firewall_rule" "single" {
  name                = "azure-services"
  resource_group_name = "rg"
  server_name         = "app-psql"
  start_ip_address    = var.azure_marker # expect: AZURE-POSTGRES-005
  end_ip_address      = var.azure_marker
}
