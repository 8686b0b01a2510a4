resource "azurerm_monitor_log_profile" "short" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 90 # expect: AZURE-MONITOR-001
  }
}

variable "retention_days" {
  type    = number
  default = 30
}

resource "azurerm_monitor_log_profile" "from_variable" {
  name               = "archive"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = var.retention_days # expect: AZURE-MONITOR-001
  }
}
