resource "azurerm_mysql_server" "missing" { # expect: AZURE-MYSQL-005
  name                    = "app-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}

resource "azurerm_mysql_server" "switched_off" {
  name                    = "data-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled = false # expect: AZURE-MYSQL-005
  }
}
