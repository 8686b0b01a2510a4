# Holds a queue, logs nothing.
resource "azurerm_storage_account" "jobs" { # expect: AZURE-STORAGE-008
  name                     = "jobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_queue" "jobs" {
  name                 = "jobs"
  storage_account_name = azurerm_storage_account.jobs.name
}

variable "log_deletes" {
  default = false
}

resource "azurerm_storage_account" "partial" {
  name                     = "partial"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = var.log_deletes # expect: AZURE-STORAGE-008
      version               = "1.0"
      retention_policy_days = 30
    }
  }
}

# azurerm 4.x split resource.
resource "azurerm_storage_account" "split" {
  name                     = "split"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_queue_properties" "split" {
  storage_account_id = azurerm_storage_account.split.id

  logging {
    read    = false # expect: AZURE-STORAGE-008
    write   = true
    delete  = true
    version = "1.0"
  }
}
