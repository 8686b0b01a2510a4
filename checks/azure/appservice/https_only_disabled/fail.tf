resource "azurerm_linux_web_app" "missing" { # expect: AZURE-APPSERVICE-001
  name                = "app-missing"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

variable "https_only" {
  type    = bool
  default = false
}

resource "azurerm_windows_function_app" "from_variable" {
  name                       = "func-variable"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = var.https_only # expect: AZURE-APPSERVICE-001

  site_config {}
}

# The azurerm 2.x resource.
resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = false # expect: AZURE-APPSERVICE-001
}
