resource "azurerm_network_security_group" "open" {
  name                = "open"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "any"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*" # expect: AZURE-NETWORK-003
    destination_address_prefix = "*"
  }
}

variable "ports" {
  default = "0-65535"
}

resource "azurerm_network_security_rule" "tcp_all" {
  name                        = "tcp-all"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = var.ports
  source_address_prefix       = "Internet" # expect: AZURE-NETWORK-003
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "open"
}
