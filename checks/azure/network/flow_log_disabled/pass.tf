variable "flow_logs" {
  type = bool
}

resource "azurerm_network_watcher_flow_log" "web" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "web-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "app-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = var.flow_logs

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "disabled" {
  count                = 0
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "gone"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/gone"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = false

  retention_policy {
    enabled = true
    days    = 90
  }
}
