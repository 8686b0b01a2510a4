variable "debug" {
  type = bool
}

# Off by default.
resource "azurerm_windows_web_app" "default" {
  name                = "app-default"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_linux_web_app" "off" {
  name                = "app-off"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    remote_debugging_enabled = false
  }
}

# Unknown at plan time: no finding.
resource "azurerm_linux_function_app" "unknown" {
  name                       = "func-unknown"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = true

  site_config {
    remote_debugging_enabled = var.debug
  }
}

resource "azurerm_windows_web_app" "disabled" {
  count               = 0
  name                = "app-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = true
  }
}
