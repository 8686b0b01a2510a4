variable "local_auth_disabled" {
  type = bool
}

resource "azurerm_cosmosdb_account" "aad_only" {
  name                          = "cosmos-aad"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# MongoDB API: key authentication cannot be disabled.
resource "azurerm_cosmosdb_account" "mongo" {
  name                = "cosmos-mongo"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  kind                = "MongoDB"

  capabilities {
    name = "EnableMongo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# Table API on a GlobalDocumentDB account.
resource "azurerm_cosmosdb_account" "table" {
  name                = "cosmos-table"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"

  capabilities {
    name = "EnableTable"
  }

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
  name                          = "cosmos-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = var.local_auth_disabled

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
