resource "azurerm_postgresql_server" "missing" { # expect: AZURE-POSTGRES-009
  name                    = "app-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

variable "detection" {
  default = false
}

resource "azurerm_postgresql_server" "switched_off" {
  name                    = "data-psql"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true

  threat_detection_policy {
    enabled = var.detection # expect: AZURE-POSTGRES-009
  }
}
