resource "azurerm_network_security_group" "jump" {
  name                = "jump"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "*" # expect: AZURE-NETWORK-001
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "admin-ports"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["22", "3000-4000"]
    source_address_prefixes    = ["203.0.113.0/24", "Internet"] # expect: AZURE-NETWORK-001
    destination_address_prefix = "*"
  }
}

variable "source" {
  default = "0.0.0.0/0"
}

resource "azurerm_network_security_rule" "rdp" {
  name                        = "rdp"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = var.source # expect: AZURE-NETWORK-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "jump"
}
