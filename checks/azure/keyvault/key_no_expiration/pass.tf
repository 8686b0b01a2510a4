variable "expiry" {
  type = string
}

resource "azurerm_key_vault_key" "dated" {
  name            = "storage-cmk"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2026-12-31T00:00:00Z"
}

resource "azurerm_key_vault_key" "rotating" {
  name         = "disk-cmk"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA-HSM"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P1Y"
    notify_before_expiry = "P30D"

    automatic {
      time_before_expiry = "P30D"
    }
  }
}

# Computed at apply time: no finding.
resource "azurerm_key_vault_key" "unknown" {
  name            = "etcd"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["encrypt", "decrypt"]
  expiration_date = var.expiry
}

resource "azurerm_key_vault_key" "disabled" {
  count        = 0
  name         = "disabled"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["encrypt", "decrypt"]
}
