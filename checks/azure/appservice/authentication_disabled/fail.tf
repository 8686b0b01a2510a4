resource "azurerm_linux_web_app" "anonymous" { # expect: AZURE-APPSERVICE-008
  name                = "app-anonymous"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

variable "auth_enabled" {
  type    = bool
  default = false
}

resource "azurerm_windows_web_app" "from_variable" {
  name                = "app-variable"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings_v2 {
    auth_enabled           = var.auth_enabled # expect: AZURE-APPSERVICE-008
    unauthenticated_action = "Return401"

    login {}
  }

  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings {
    enabled = false # expect: AZURE-APPSERVICE-008
  }
}
