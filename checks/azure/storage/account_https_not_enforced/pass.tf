variable "https_only" {
  type = bool
}

# Secure transfer is on by default.
resource "azurerm_storage_account" "default" {
  name                     = "defaults"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "explicit" {
  name                       = "explicit"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = true
}

# Unknown until plan time: no finding.
resource "azurerm_storage_account" "unknown" {
  name                       = "unknown"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.https_only
}

resource "azurerm_storage_account" "disabled" {
  count                      = 0
  name                       = "disabled"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false
}
