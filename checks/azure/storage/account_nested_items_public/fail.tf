# The provider default (azurerm 3.x/4.x) allows public containers.
resource "azurerm_storage_account" "missing" { # expect: AZURE-STORAGE-003
  name                     = "defaults"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

variable "public" {
  default = true
}

resource "azurerm_storage_account" "from_variable" {
  name                            = "website"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.public # expect: AZURE-STORAGE-003
}

# azurerm 2.x spelling.
resource "azurerm_storage_account" "legacy" {
  name                     = "legacy"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true # expect: AZURE-STORAGE-003
}
