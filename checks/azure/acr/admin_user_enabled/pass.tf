variable "admin_enabled" {
  type = bool
}

# The admin user is off by default.
resource "azurerm_container_registry" "default" {
  name                = "acrdefault"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "explicit" {
  name                = "acrexplicit"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = false
}

# Unknown at plan time: no finding.
resource "azurerm_container_registry" "unknown" {
  name                = "acrunknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = var.admin_enabled
}

resource "azurerm_container_registry" "disabled" {
  count               = 0
  name                = "acrdisabled"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = true
}
