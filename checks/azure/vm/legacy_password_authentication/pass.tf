variable "disable_password_authentication" {
  type = bool
}

resource "azurerm_virtual_machine" "keys" {
  name                  = "vm-keys"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "osdisk"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "keys"
    admin_username = "azureuser"
  }

  os_profile_linux_config {
    disable_password_authentication = true

    ssh_keys {
      path     = "/home/azureuser/.ssh/authorized_keys"
      key_data = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly azureuser"
    }
  }
}

# Unknown at plan time: no finding.
resource "azurerm_virtual_machine" "unknown" {
  name                  = "vm-unknown"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "osdisk"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "unknown"
    admin_username = "azureuser"
  }

  os_profile_linux_config {
    disable_password_authentication = var.disable_password_authentication
  }
}

# A Windows VM has no Linux config at all.
resource "azurerm_virtual_machine" "windows" {
  name                  = "vm-windows"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "osdisk"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "windows"
    admin_username = "azureuser"
    admin_password = "P@ssw0rd-Example-1"
  }

  os_profile_windows_config {
    provision_vm_agent = true
  }
}
