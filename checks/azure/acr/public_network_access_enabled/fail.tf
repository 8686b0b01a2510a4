# Public access is on by default.
resource "azurerm_container_registry" "default" { # expect: AZURE-ACR-002
  name                = "acrdefault"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
}

variable "public_access" {
  type    = bool
  default = true
}

resource "azurerm_container_registry" "allow_rules" {
  name                          = "acrallow"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = var.public_access # expect: AZURE-ACR-002

  network_rule_set {
    default_action = "Allow"
  }
}
