# No network rules and public network access on by default: open to every network.
resource "azurerm_storage_account" "open" { # expect: AZURE-STORAGE-004
  name                     = "openaccount"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "inline" {
  name                     = "inline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow" # expect: AZURE-STORAGE-004
    ip_rules       = ["203.0.113.10"]
  }
}

variable "default_action" {
  default = "Allow"
}

resource "azurerm_storage_account" "split" {
  name                     = "split"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = var.default_action # expect: AZURE-STORAGE-004
  bypass             = ["AzureServices"]
}
