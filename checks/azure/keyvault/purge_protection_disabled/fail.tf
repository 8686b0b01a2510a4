resource "azurerm_key_vault" "missing" { # expect: AZURE-KEYVAULT-001
  name                = "app-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

variable "purge_protection" {
  type    = bool
  default = false
}

resource "azurerm_key_vault" "from_variable" {
  name                     = "data-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = var.purge_protection # expect: AZURE-KEYVAULT-001
}
