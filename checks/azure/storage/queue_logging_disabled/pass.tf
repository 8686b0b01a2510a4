variable "log_reads" {
  type = bool
}

resource "azurerm_storage_account" "logged" {
  name                     = "logged"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      read                  = var.log_reads
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_queue" "logged" {
  name                 = "jobs"
  storage_account_name = azurerm_storage_account.logged.name
}

# Logging configured by the split resource.
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
    read    = true
    write   = true
    delete  = true
    version = "1.0"
  }
}

resource "azurerm_storage_queue" "split" {
  name               = "jobs"
  storage_account_id = azurerm_storage_account.split.id
}

# No queues in this account: nothing to log.
resource "azurerm_storage_account" "blobs_only" {
  name                     = "blobsonly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Block blob accounts have no queue service.
resource "azurerm_storage_account" "premium_blobs" {
  name                     = "premiumblobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_kind             = "BlockBlobStorage"
  account_tier             = "Premium"
  account_replication_type = "LRS"
}
