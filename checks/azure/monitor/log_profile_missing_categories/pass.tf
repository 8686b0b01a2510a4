variable "categories" {
  type = list(string)
}

resource "azurerm_monitor_log_profile" "all" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

# Unknown at plan time: no finding.
resource "azurerm_monitor_log_profile" "unknown" {
  name               = "unknown"
  categories         = var.categories
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
