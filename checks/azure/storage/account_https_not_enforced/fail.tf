resource "azurerm_storage_account" "legacy" {
  name                      = "legacyassets"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false # expect: AZURE-STORAGE-001
}

variable "https_only" {
  type    = bool
  default = false
}

resource "azurerm_storage_account" "from_variable" {
  name                       = "appdata"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.https_only # expect: AZURE-STORAGE-001
}
