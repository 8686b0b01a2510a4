resource "azurerm_key_vault" "unlogged" { # expect: AZURE-MONITOR-004
  name                     = "app-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

# A diagnostic setting that sends metrics only.
resource "azurerm_key_vault" "metrics_only" { # expect: AZURE-MONITOR-004
  name                     = "data-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "kv-metrics"
  target_resource_id         = azurerm_key_vault.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  metric {
    category = "AllMetrics"
  }
}
