resource "azurerm_key_vault" "allow" {
  name                = "app-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow" # expect: AZURE-KEYVAULT-003
    ip_rules       = ["203.0.113.10/32"]
  }
}

variable "acl_default" {
  default = "Allow"
}

resource "azurerm_key_vault" "from_variable" {
  name                          = "data-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = true

  network_acls {
    bypass         = "None"
    default_action = var.acl_default # expect: AZURE-KEYVAULT-003
  }
}
