variable "shared_keys" {
  type = bool
}

# Entra ID only.
resource "azurerm_storage_account" "entra" {
  name                            = "entra"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  shared_access_key_enabled       = false
  default_to_oauth_authentication = true
}

resource "azurerm_storage_account" "unknown" {
  name                      = "unknown"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = var.shared_keys
}

resource "azurerm_storage_account" "disabled" {
  count                    = 0
  name                     = "disabled"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
