resource "azurerm_monitor_log_profile" "writes_only" {
  name               = "default"
  categories         = ["Write"] # expect: AZURE-MONITOR-002
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

variable "categories" {
  type    = list(string)
  default = ["Write", "Delete"]
}

resource "azurerm_monitor_log_profile" "from_variable" {
  name               = "archive"
  categories         = var.categories # expect: AZURE-MONITOR-002
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
