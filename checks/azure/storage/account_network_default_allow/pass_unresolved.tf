# The network rules' target comes from outside this module: it may be this account.
variable "storage_account_id" {
  type = string
}

resource "azurerm_storage_account" "main" {
  name                     = "main"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "external" {
  storage_account_id = var.storage_account_id
  default_action     = "Deny"
}
