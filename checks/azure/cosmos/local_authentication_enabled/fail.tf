resource "azurerm_cosmosdb_account" "default" { # expect: AZURE-COSMOS-004
  name                = "cosmos-default"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

variable "local_auth_disabled" {
  type    = bool
  default = false
}

resource "azurerm_cosmosdb_account" "from_variable" {
  name                          = "cosmos-variable"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  local_authentication_disabled = var.local_auth_disabled # expect: AZURE-COSMOS-004

  capabilities {
    name = "EnableServerless"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
