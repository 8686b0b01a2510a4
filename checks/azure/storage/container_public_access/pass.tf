variable "access" {
  type = string
}

# Private by default.
resource "azurerm_storage_container" "default" {
  name               = "data"
  storage_account_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/web"
}

resource "azurerm_storage_container" "explicit" {
  name                  = "backups"
  storage_account_name  = "web"
  container_access_type = "private"
}

resource "azurerm_storage_container" "unknown" {
  name                  = "unknown"
  storage_account_name  = "web"
  container_access_type = var.access
}

resource "azurerm_storage_container" "disabled" {
  count                 = 0
  name                  = "disabled"
  storage_account_name  = "web"
  container_access_type = "container"
}
