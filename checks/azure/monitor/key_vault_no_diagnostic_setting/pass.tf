resource "azurerm_key_vault" "logged" {
  name                     = "app-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "kv_audit" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.logged.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }
}

# One diagnostic setting per vault, created with for_each.
resource "azurerm_key_vault" "per_env" {
  for_each                 = toset(["dev", "prod"])
  name                     = "kv-${each.key}"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "per_env" {
  for_each                   = azurerm_key_vault.per_env
  name                       = "kv-audit-${each.key}"
  target_resource_id         = each.value.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditEvent"
  }
}

resource "azurerm_key_vault" "disabled" {
  count               = 0
  name                = "disabled-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
