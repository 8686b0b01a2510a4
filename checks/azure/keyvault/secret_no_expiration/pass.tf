variable "expiry" {
  type = string
}

resource "azurerm_key_vault_secret" "dated" {
  name            = "db-password"
  value           = "placeholder"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  content_type    = "password"
  expiration_date = "2026-06-30T00:00:00Z"
}

resource "azurerm_key_vault_secret" "unknown" {
  name            = "api-token"
  value           = "placeholder"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  expiration_date = var.expiry
}

resource "azurerm_key_vault_secret" "disabled" {
  count        = 0
  name         = "unused"
  value        = "placeholder"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
}
