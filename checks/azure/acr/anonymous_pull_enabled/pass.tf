variable "anonymous_pull" {
  type = bool
}

# Off by default.
resource "azurerm_container_registry" "default" {
  name                = "acrdefault"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
}

# Unknown at plan time: no finding.
resource "azurerm_container_registry" "unknown" {
  name                   = "acrunknown"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Premium"
  anonymous_pull_enabled = var.anonymous_pull
}

resource "azurerm_container_registry" "disabled" {
  count                  = 0
  name                   = "acrdisabled"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Standard"
  anonymous_pull_enabled = true
}
