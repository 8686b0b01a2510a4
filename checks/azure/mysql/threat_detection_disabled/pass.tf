variable "detection" {
  type = bool
}

resource "azurerm_mysql_server" "protected" {
  name                    = "app-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled              = true
    email_account_admins = true
  }
}

resource "azurerm_mysql_server" "unknown" {
  name                    = "data-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled = var.detection
  }
}

resource "azurerm_mysql_server" "disabled" {
  count                   = 0
  name                    = "gone-mysql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}
