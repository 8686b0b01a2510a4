resource "azurerm_key_vault_key" "cmk" { # expect: AZURE-KEYVAULT-005
  name         = "storage-cmk"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]
}

# A rotation policy that rotates but never expires the key.
resource "azurerm_key_vault_key" "rotating" { # expect: AZURE-KEYVAULT-005
  name         = "disk-cmk"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA-HSM"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    automatic {
      time_after_creation = "P90D"
    }
  }
}
