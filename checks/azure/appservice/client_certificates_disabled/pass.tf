variable "client_certificates" {
  type = bool
}

resource "azurerm_linux_web_app" "mtls" {
  name                       = "api-mtls"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "api-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
  client_cert_enabled = true
}

# Unknown at plan time: no finding.
resource "azurerm_windows_web_app" "unknown" {
  name                       = "api-unknown"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = var.client_certificates

  site_config {}
}

resource "azurerm_linux_web_app" "disabled" {
  count               = 0
  name                = "api-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}
