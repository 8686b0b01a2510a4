variable "allowed_ranges" {
  type = list(string)
}

resource "azurerm_cosmosdb_account" "private" {
  name                          = "cosmos-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# azurerm 4.x: a set of addresses.
resource "azurerm_cosmosdb_account" "ip_filter" {
  name                = "cosmos-ip"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# azurerm 3.x: a comma-separated string.
resource "azurerm_cosmosdb_account" "ip_filter_v3" {
  name                = "cosmos-ip-v3"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = "203.0.113.10,198.51.100.0/24"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "vnet" {
  name                              = "cosmos-vnet"
  location                          = "westeurope"
  resource_group_name               = "rg"
  offer_type                        = "Standard"
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
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
  name                = "cosmos-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = var.allowed_ranges

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
