resource "azurerm_network_watcher_flow_log" "web" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "web-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = false # expect: AZURE-NETWORK-005

  retention_policy {
    enabled = true
    days    = 90
  }
}

variable "flow_logs" {
  default = false
}

resource "azurerm_network_watcher_flow_log" "app" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "app-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = var.flow_logs # expect: AZURE-NETWORK-005

  retention_policy {
    enabled = true
    days    = 90
  }
}
