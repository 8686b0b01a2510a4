resource "azurerm_mysql_server" "single" {
  name                             = "app-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1" # expect: AZURE-MYSQL-002
}

variable "tls_versions" {
  default = "TLSv1.1,TLSv1.2"
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "app-mysql-flex"
  value               = var.tls_versions # expect: AZURE-MYSQL-002
}
