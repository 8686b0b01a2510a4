resource "azurerm_cosmosdb_account" "default" { # expect: AZURE-COSMOS-005
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

# A module variable defaulting to null leaves service-managed keys in place.
variable "cmk_key_id" {
  type    = string
  default = null
}

resource "azurerm_cosmosdb_account" "null_variable" { # expect: AZURE-COSMOS-005
  name                = "cosmos-null"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  key_vault_key_id    = var.cmk_key_id

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
