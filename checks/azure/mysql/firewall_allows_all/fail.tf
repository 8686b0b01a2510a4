resource "azurerm_mysql_flexible_server_firewall_rule" "everyone" {
  name                = "all"
  resource_group_name = "rg"
  server_name         = "app-mysql"
  start_ip_address    = "0.0.0.0" # expect: AZURE-MYSQL-004
  end_ip_address      = "255.255.255.255"
}

variable "start" {
  default = "0.0.0.0"
}

resource "azurerm_mysql_firewall_rule" "single" {
  name                = "wide"
  resource_group_name = "rg"
  server_name         = "legacy-mysql"
  start_ip_address    = var.start # expect: AZURE-MYSQL-004
  end_ip_address      = "255.255.255.255"
}
