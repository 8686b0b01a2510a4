resource "azurerm_cosmosdb_account" "default" { # expect: AZURE-COSMOS-001
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

variable "public_access" {
  type    = bool
  default = true
}

resource "azurerm_cosmosdb_account" "from_variable" {
  name                          = "cosmos-variable"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = var.public_access # expect: AZURE-COSMOS-001

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
