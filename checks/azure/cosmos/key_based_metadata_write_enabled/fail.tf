resource "azurerm_cosmosdb_account" "default" { # expect: AZURE-COSMOS-003
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

variable "metadata_writes" {
  type    = bool
  default = true
}

resource "azurerm_cosmosdb_account" "from_variable" {
  name                               = "cosmos-variable"
  location                           = "westeurope"
  resource_group_name                = "rg"
  offer_type                         = "Standard"
  access_key_metadata_writes_enabled = var.metadata_writes # expect: AZURE-COSMOS-003

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
