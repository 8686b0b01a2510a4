variable "tls_versions" {
  type = string
}

resource "azurerm_mysql_server" "default" {
  name                    = "app-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "app-mysql-flex"
  value               = "TLSv1.2,TLSv1.3"
}

resource "azurerm_mysql_flexible_server_configuration" "unknown" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "other-mysql-flex"
  value               = var.tls_versions
}

resource "azurerm_mysql_server" "disabled" {
  count                            = 0
  name                             = "gone-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0"
}
