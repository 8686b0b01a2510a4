resource "azurerm_key_vault" "default" { # expect: AZURE-KEYVAULT-004
  name                = "app-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

variable "public" {
  default = true
}

resource "azurerm_key_vault" "from_variable" {
  name                          = "data-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = var.public # expect: AZURE-KEYVAULT-004
}
