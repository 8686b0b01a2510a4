resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "Internet" # expect: AZURE-NETWORK-002
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "range"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "20-30"
    source_address_prefix      = "0.0.0.0/0" # expect: AZURE-NETWORK-002
    destination_address_prefix = "*"
  }
}

locals {
  ssh_ports = ["2222", "22"]
}

resource "azurerm_network_security_rule" "ssh" {
  name                        = "ssh"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = local.ssh_ports
  source_address_prefix       = "*" # expect: AZURE-NETWORK-002
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}
