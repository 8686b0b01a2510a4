variable "acl_default" {
  type = string
}

resource "azurerm_key_vault" "deny" {
  name                = "app-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
    ip_rules       = ["203.0.113.10/32"]
  }
}

# Private endpoint only: the ACL has no effect.
resource "azurerm_key_vault" "private" {
  name                          = "private-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = false

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow"
  }
}

resource "azurerm_key_vault" "unknown" {
  name                = "unknown-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    bypass         = "AzureServices"
    default_action = var.acl_default
  }
}

resource "azurerm_key_vault" "disabled" {
  count               = 0
  name                = "disabled-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow"
  }
}
