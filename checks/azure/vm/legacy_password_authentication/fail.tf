resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
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
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = "P@ssw0rd-Example-1"
  }

  os_profile_linux_config {
    disable_password_authentication = false # expect: AZURE-VM-002
  }
}

# The value comes through a variable default, in a dynamic block.
variable "password_login" {
  type    = bool
  default = true
}

resource "azurerm_virtual_machine" "dynamic" {
  name                  = "vm-dynamic"
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
    computer_name  = "dynamic"
    admin_username = "azureuser"
    admin_password = "P@ssw0rd-Example-1"
  }

  dynamic "os_profile_linux_config" {
    for_each = [1]
    content {
      disable_password_authentication = !var.password_login # expect: AZURE-VM-002
    }
  }
}
