variable "https_only" {
  type = bool
}

resource "azurerm_linux_web_app" "secure" {
  name                = "app-secure"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

# Unknown at plan time: no finding.
resource "azurerm_linux_function_app" "unknown" {
  name                       = "func-unknown"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = var.https_only

  site_config {}
}

resource "azurerm_windows_web_app" "disabled" {
  count               = 0
  name                = "app-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}
