resource "azurerm_container_registry" "admin" {
  name                = "acradmin"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = true # expect: AZURE-ACR-001
}

variable "admin_enabled" {
  type    = bool
  default = true
}

resource "azurerm_container_registry" "from_variable" {
  name                = "acrvariable"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Basic"
  admin_enabled       = var.admin_enabled # expect: AZURE-ACR-001
}
