resource "azurerm_managed_disk" "data" { # expect: AZURE-VM-004
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

# A module variable that defaults to null leaves the disk on platform keys.
variable "disk_encryption_set_id" {
  type    = string
  default = null
}

resource "azurerm_managed_disk" "null_variable" { # expect: AZURE-VM-004
  name                   = "logs-disk"
  location               = "westeurope"
  resource_group_name    = "rg"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 64
  disk_encryption_set_id = var.disk_encryption_set_id
}
