resource "azurerm_network_security_group" "dns" {
  name                = "dns"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "dns"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "*" # expect: AZURE-NETWORK-004
    destination_address_prefix = "*"
  }
}

variable "sources" {
  default = ["198.51.100.0/24", "0.0.0.0/0"]
}

resource "azurerm_network_security_rule" "ntp" {
  name                        = "ntp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "123"
  source_address_prefixes     = var.sources # expect: AZURE-NETWORK-004
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "dns"
}
