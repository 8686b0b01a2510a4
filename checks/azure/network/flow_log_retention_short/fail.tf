resource "azurerm_network_watcher_flow_log" "web" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "web-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 7 # expect: AZURE-NETWORK-006
  }
}

variable "retain" {
  default = false
}

resource "azurerm_network_watcher_flow_log" "app" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "app-nsg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = var.retain # expect: AZURE-NETWORK-006
    days    = 0
  }
}
