variable "metadata_writes" {
  type = bool
}

resource "azurerm_cosmosdb_account" "locked" {
  name                               = "cosmos-locked"
  location                           = "westeurope"
  resource_group_name                = "rg"
  offer_type                         = "Standard"
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# Unknown at plan time: no finding.
resource "azurerm_cosmosdb_account" "unknown" {
  name                               = "cosmos-unknown"
  location                           = "westeurope"
  resource_group_name                = "rg"
  offer_type                         = "Standard"
  access_key_metadata_writes_enabled = var.metadata_writes

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "disabled" {
  count               = 0
  name                = "cosmos-disabled"
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
