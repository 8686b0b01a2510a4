variable "default_action" {
  type = string
}

resource "azurerm_storage_account" "inline" {
  name                     = "inline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    virtual_network_subnet_ids = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"]
  }
}

# Network rules in a separate resource that denies by default.
resource "azurerm_storage_account" "split" {
  name                     = "split"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

# Private endpoints only.
resource "azurerm_storage_account" "private" {
  name                          = "private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false
}

# Unknown default action: no finding.
resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = var.default_action
  }
}

resource "azurerm_storage_account" "disabled" {
  count                    = 0
  name                     = "disabled"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
