variable "locations" {
  type = list(string)
}

resource "azurerm_monitor_log_profile" "global" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

# Unknown at plan time: no finding.
resource "azurerm_monitor_log_profile" "unknown" {
  name               = "unknown"
  categories         = ["Action", "Delete", "Write"]
  locations          = var.locations
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
