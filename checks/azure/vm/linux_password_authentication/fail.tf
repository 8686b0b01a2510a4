resource "azurerm_linux_virtual_machine" "password" {
  name                            = "vm-password"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = "P@ssw0rd-Example-1"
  disable_password_authentication = false # expect: AZURE-VM-001
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

variable "disable_password_authentication" {
  type    = bool
  default = false
}

resource "azurerm_linux_virtual_machine_scale_set" "from_variable" {
  name                            = "vmss"
  resource_group_name             = "rg"
  location                        = "westeurope"
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "azureuser"
  admin_password                  = "P@ssw0rd-Example-1"
  disable_password_authentication = var.disable_password_authentication # expect: AZURE-VM-001

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
