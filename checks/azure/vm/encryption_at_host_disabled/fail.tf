resource "azurerm_linux_virtual_machine" "missing" { # expect: AZURE-VM-003
  name                  = "vm-missing"
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

variable "encryption_at_host" {
  type    = bool
  default = false
}

resource "azurerm_windows_virtual_machine" "from_variable" {
  name                       = "vm-windows"
  resource_group_name        = "rg"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  admin_password             = "P@ssw0rd-Example-1"
  encryption_at_host_enabled = var.encryption_at_host # expect: AZURE-VM-003
  network_interface_ids      = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}
