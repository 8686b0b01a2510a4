resource "azurerm_linux_web_app" "missing" { # expect: AZURE-APPSERVICE-005
  name                = "api-missing"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

variable "client_certificates" {
  type    = bool
  default = false
}

resource "azurerm_windows_web_app" "from_variable" {
  name                       = "api-variable"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = var.client_certificates # expect: AZURE-APPSERVICE-005

  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "api-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
  client_cert_enabled = false # expect: AZURE-APPSERVICE-005
}
