resource "azurerm_linux_web_app" "old_tls" {
  name                = "app-old-tls"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version     = "1.0" # expect: AZURE-APPSERVICE-002
    scm_minimum_tls_version = "1.1" # expect: AZURE-APPSERVICE-002
  }
}

variable "min_tls" {
  type    = string
  default = "1.1"
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    min_tls_version = var.min_tls # expect: AZURE-APPSERVICE-002
  }
}
