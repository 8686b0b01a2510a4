variable "disk_encryption_set_id" {
  type = string
}

resource "azurerm_disk_encryption_set" "des" {
  name                = "des"
  resource_group_name = "rg"
  location            = "westeurope"
  key_vault_key_id    = "https://kv.vault.azure.net/keys/disk/0123456789abcdef"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_managed_disk" "cmk" {
  name                   = "data-disk"
  location               = "westeurope"
  resource_group_name    = "rg"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.des.id
}

# Unknown at plan time: no finding.
resource "azurerm_managed_disk" "unknown" {
  name                   = "unknown-disk"
  location               = "westeurope"
  resource_group_name    = "rg"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = var.disk_encryption_set_id
}

resource "azurerm_managed_disk" "disabled" {
  count                = 0
  name                 = "disabled-disk"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}
