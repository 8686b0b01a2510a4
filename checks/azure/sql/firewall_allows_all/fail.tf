resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "AllowAll"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/app-sql"
  start_ip_address = "0.0.0.0" # expect: AZURE-SQL-002
  end_ip_address   = "255.255.255.255"
}

variable "range_start" {
  default = "0.0.0.0"
}

resource "azurerm_sql_firewall_rule" "legacy" {
  name                = "open"
  resource_group_name = "rg"
  server_name         = "legacy-sql"
  start_ip_address    = var.range_start # expect: AZURE-SQL-002
  end_ip_address      = "255.255.255.255"
}
