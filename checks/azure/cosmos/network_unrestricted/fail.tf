# Public endpoint (the default) and no filters.
resource "azurerm_cosmosdb_account" "open" { # expect: AZURE-COSMOS-002
  name                = "cosmos-open"
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

variable "allowed_ranges" {
  type    = list(string)
  default = []
}

resource "azurerm_cosmosdb_account" "empty_filter" {
  name                          = "cosmos-empty"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = true # expect: AZURE-COSMOS-002
  ip_range_filter               = var.allowed_ranges

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
