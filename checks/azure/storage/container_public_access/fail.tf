resource "azurerm_storage_container" "assets" {
  name                  = "assets"
  storage_account_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/web"
  container_access_type = "blob" # expect: AZURE-STORAGE-009
}

variable "access" {
  default = "container"
}

resource "azurerm_storage_container" "exports" {
  name                  = "exports"
  storage_account_name  = "web"
  container_access_type = var.access # expect: AZURE-STORAGE-009
}
