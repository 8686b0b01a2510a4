resource "azurerm_windows_web_app" "debug" {
  name                = "app-debug"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    remote_debugging_enabled = true # expect: AZURE-APPSERVICE-007
    remote_debugging_version = "VS2022"
  }
}

variable "debug" {
  type    = bool
  default = true
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    remote_debugging_enabled = var.debug # expect: AZURE-APPSERVICE-007
  }
}
