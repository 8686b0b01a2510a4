variable "days" {
  type = number
}

resource "azurerm_network_watcher_flow_log" "long" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "web-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 365
  }
}

# 0 days keeps the logs without limit.
resource "azurerm_network_watcher_flow_log" "forever" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "db-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/db"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 0
  }
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "app-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = var.days
  }
}
