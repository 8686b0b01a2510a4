variable "ip" {
  type = string
}

resource "azurerm_mysql_flexible_server_firewall_rule" "office" {
  name                = "office"
  resource_group_name = "rg"
  server_name         = "app-mysql"
  start_ip_address    = "203.0.113.0"
  end_ip_address      = "203.0.113.255"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "azure" {
  name                = "AllowAllWindowsAzureIps"
  resource_group_name = "rg"
  server_name         = "app-mysql"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "0.0.0.0"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "unknown" {
  name                = "admin"
  resource_group_name = "rg"
  server_name         = "app-mysql"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = var.ip
}

resource "azurerm_mysql_flexible_server_firewall_rule" "disabled" {
  count               = 0
  name                = "all"
  resource_group_name = "rg"
  server_name         = "app-mysql"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255"
}
