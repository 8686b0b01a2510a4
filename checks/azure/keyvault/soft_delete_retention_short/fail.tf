resource "azurerm_key_vault" "short" {
  name                       = "app-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 7 # expect: AZURE-KEYVAULT-002
}

locals {
  retention = 30
}

resource "azurerm_key_vault" "from_local" {
  name                       = "data-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  soft_delete_retention_days = local.retention # expect: AZURE-KEYVAULT-002
}

# azurerm 2.x could turn soft delete off.
resource "azurerm_key_vault" "legacy" {
  name                = "legacy-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  soft_delete_enabled = false # expect: AZURE-KEYVAULT-002
}
