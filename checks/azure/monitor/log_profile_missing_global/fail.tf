resource "azurerm_monitor_log_profile" "regional" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope"] # expect: AZURE-MONITOR-003
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

variable "locations" {
  type    = list(string)
  default = ["eastus"]
}

resource "azurerm_monitor_log_profile" "from_variable" {
  name               = "archive"
  categories         = ["Action", "Delete", "Write"]
  locations          = var.locations # expect: AZURE-MONITOR-003
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
