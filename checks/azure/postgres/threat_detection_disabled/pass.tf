variable "detection" {
  type = bool
}

resource "azurerm_postgresql_server" "protected" {
  name                    = "app-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled              = true
    email_account_admins = true
  }
}

resource "azurerm_postgresql_server" "unknown" {
  name                    = "data-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled = var.detection
  }
}

resource "azurerm_postgresql_server" "disabled" {
  count                   = 0
  name                    = "gone-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}
