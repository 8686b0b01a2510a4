variable "public_access" {
  type = bool
}

resource "azurerm_container_registry" "private" {
  name                          = "acrprivate"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
}

# Public endpoint, but only listed networks get through.
resource "azurerm_container_registry" "firewalled" {
  name                = "acrfirewalled"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}

# Unknown at plan time: no finding.
resource "azurerm_container_registry" "unknown" {
  name                          = "acrunknown"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = var.public_access
}

resource "azurerm_container_registry" "disabled" {
  count               = 0
  name                = "acrdisabled"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
}
