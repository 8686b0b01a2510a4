resource "azurerm_storage_account" "legacy" {
  name                     = "legacyassets"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0" # expect: AZURE-STORAGE-002
}

locals {
  tls = "TLS1_1"
}

resource "azurerm_storage_account" "from_local" {
  name                     = "appdata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = local.tls # expect: AZURE-STORAGE-002
}
