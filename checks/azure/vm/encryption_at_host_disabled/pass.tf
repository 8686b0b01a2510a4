variable "encryption_at_host" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "encrypted" {
  name                       = "vm-encrypted"
  resource_group_name        = "rg"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  encryption_at_host_enabled = true
  network_interface_ids      = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

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
resource "azurerm_linux_virtual_machine_scale_set" "unknown" {
  name                       = "vmss-unknown"
  resource_group_name        = "rg"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "azureuser"
  encryption_at_host_enabled = var.encryption_at_host

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

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    }
  }
}

resource "azurerm_linux_virtual_machine" "disabled" {
  count                 = 0
  name                  = "vm-disabled"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
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
