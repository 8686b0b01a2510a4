resource "azurerm_key_vault_secret" "db_password" { # expect: AZURE-KEYVAULT-006
  name         = "db-password"
  value        = "placeholder"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  content_type = "password"
}
