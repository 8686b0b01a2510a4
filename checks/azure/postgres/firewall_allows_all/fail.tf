resource "azurerm_postgresql_flexible_server_firewall_rule" "everyone" {
  name             = "all"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/app"
  start_ip_address = "0.0.0.0" # expect: AZURE-POSTGRES-004
  end_ip_address   = "255.255.255.255"
}

locals {
  first = "1.0.0.0"
}

resource "azurerm_postgresql_firewall_rule" "single" {
  name                = "wide"
  resource_group_name = "rg"
  server_name         = "app-psql"
  start_ip_address    = local.first # expect: AZURE-POSTGRES-004
  end_ip_address      = "255.255.255.255"
}
