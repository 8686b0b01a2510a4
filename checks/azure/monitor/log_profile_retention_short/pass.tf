variable "retention_days" {
  type = number
}

resource "azurerm_monitor_log_profile" "year" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

# A disabled retention policy keeps the logs forever.
resource "azurerm_monitor_log_profile" "forever" {
  name               = "forever"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = false
  }
}

# Streamed to Event Hubs only: retention does not apply.
resource "azurerm_monitor_log_profile" "event_hub" {
  name           = "stream"
  categories     = ["Action", "Delete", "Write"]
  locations      = ["westeurope", "global"]
  servicebus_rule_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/logs/authorizationRules/RootManageSharedAccessKey"

  retention_policy {
    enabled = true
    days    = 7
  }
}

# Unknown at plan time: no finding.
resource "azurerm_monitor_log_profile" "unknown" {
  name               = "unknown"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = var.retention_days
  }
}
