resource "azurerm_storage_account" "missing" { # expect: AZURE-STORAGE-006
  name                     = "defaults"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

locals {
  shared_keys = true
}

resource "azurerm_storage_account" "from_local" {
  name                      = "appdata"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = local.shared_keys # expect: AZURE-STORAGE-006
}
