resource "azurerm_linux_web_app" "missing" {
  name                = "app-missing"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config { # expect: AZURE-APPSERVICE-006
    always_on = true
  }
}

variable "http2" {
  type    = bool
  default = false
}

resource "azurerm_linux_function_app" "from_variable" {
  name                       = "func-variable"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = true

  site_config {
    http2_enabled = var.http2 # expect: AZURE-APPSERVICE-006
  }
}

# No site_config at all (the older resource allows that).
resource "azurerm_app_service" "legacy" { # expect: AZURE-APPSERVICE-006
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
}
