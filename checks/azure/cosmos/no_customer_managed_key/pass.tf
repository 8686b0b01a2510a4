variable "cmk_key_id" {
  type = string
}

resource "azurerm_cosmosdb_account" "cmk" {
  name                = "cosmos-cmk"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  key_vault_key_id    = "https://kv.vault.azure.net/keys/cosmos"

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
  name                = "cosmos-unknown"
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
