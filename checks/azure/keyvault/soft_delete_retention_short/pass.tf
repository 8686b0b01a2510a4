variable "retention" {
  type = number
}

# 90 days by default.
resource "azurerm_key_vault" "default" {
  name                     = "app-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "explicit" {
  name                       = "data-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  soft_delete_retention_days = 90
}

resource "azurerm_key_vault" "unknown" {
  name                       = "unknown-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  soft_delete_retention_days = var.retention
}

resource "azurerm_key_vault" "disabled" {
  count                      = 0
  name                       = "disabled-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  soft_delete_retention_days = 7
}
