resource "azurerm_mssql_server" "unprotected" { # expect: AZURE-SQL-006
  name                         = "app-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

variable "alerts" {
  default = "Disabled"
}

resource "azurerm_mssql_server" "switched_off" {
  name                         = "data-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_security_alert_policy" "switched_off" {
  resource_group_name = "rg"
  server_name         = azurerm_mssql_server.switched_off.name
  state               = var.alerts # expect: AZURE-SQL-006
}

# Defender plans for other resource types do not cover SQL.
resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}
