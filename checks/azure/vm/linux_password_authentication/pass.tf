variable "disable_password_authentication" {
  type = bool
}

# Key-only SSH is the default.
resource "azurerm_linux_virtual_machine" "keys" {
  name                  = "vm-keys"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly azureuser"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

# Unknown at plan time: no finding.
resource "azurerm_linux_virtual_machine" "unknown" {
  name                            = "vm-unknown"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  disable_password_authentication = var.disable_password_authentication
  network_interface_ids           = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_linux_virtual_machine" "disabled" {
  count                           = 0
  name                            = "vm-disabled"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = "P@ssw0rd-Example-1"
  disable_password_authentication = false
  network_interface_ids           = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}
