variable "double_encryption" {
  type = bool
}

resource "azurerm_storage_account" "encrypted" {
  name                              = "records"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = true
}

resource "azurerm_storage_account" "unknown" {
  name                              = "unknown"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = var.double_encryption
}

# General purpose v1 accounts cannot use infrastructure encryption.
resource "azurerm_storage_account" "v1" {
  name                     = "legacyv1"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_kind             = "Storage"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "disabled" {
  count                    = 0
  name                     = "disabled"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
