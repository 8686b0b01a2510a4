resource "azurerm_storage_account" "platform_key" { # expect: AZURE-STORAGE-007
  name                     = "records"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# The key resource configures another account, not this one.
resource "azurerm_storage_account" "keyed" {
  name                     = "keyed"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_customer_managed_key" "keyed" {
  storage_account_id = azurerm_storage_account.keyed.id
  key_vault_id       = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_name           = "storage"
}
