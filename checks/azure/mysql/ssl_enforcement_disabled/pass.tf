variable "ssl" {
  type = bool
}

resource "azurerm_mysql_server" "enforced" {
  name                    = "app-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}

resource "azurerm_mysql_server" "unknown" {
  name                    = "data-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = var.ssl
}

resource "azurerm_mysql_flexible_server_configuration" "transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg"
  server_name         = "app-mysql-flex"
  value               = "ON"
}

resource "azurerm_mysql_server" "disabled" {
  count                   = 0
  name                    = "gone-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = false
}
