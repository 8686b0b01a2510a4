resource "azurerm_storage_account" "missing" { # expect: AZURE-STORAGE-005
  name                     = "defaults"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

variable "double_encryption" {
  type    = bool
  default = false
}

resource "azurerm_storage_account" "from_variable" {
  name                              = "records"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_kind                      = "StorageV2"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = var.double_encryption # expect: AZURE-STORAGE-005
}
