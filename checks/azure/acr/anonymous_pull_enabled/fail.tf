resource "azurerm_container_registry" "anonymous" {
  name                   = "acranonymous"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Standard"
  anonymous_pull_enabled = true # expect: AZURE-ACR-003
}

variable "anonymous_pull" {
  type    = bool
  default = true
}

resource "azurerm_container_registry" "from_variable" {
  name                   = "acrvariable"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Premium"
  anonymous_pull_enabled = var.anonymous_pull # expect: AZURE-ACR-003
}
