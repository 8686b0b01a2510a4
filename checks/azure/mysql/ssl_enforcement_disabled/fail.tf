resource "azurerm_mysql_server" "single" {
  name                             = "app-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = false # expect: AZURE-MYSQL-001
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"
}

variable "secure_transport" {
  default = "OFF"
}

resource "azurerm_mysql_flexible_server_configuration" "transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg"
  server_name         = "app-mysql-flex"
  value               = var.secure_transport # expect: AZURE-MYSQL-001
}
