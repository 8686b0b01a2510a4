variable "auth_enabled" {
  type = bool
}

resource "azurerm_linux_web_app" "easy_auth" {
  name                = "app-auth"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings_v2 {
    auth_enabled           = true
    require_authentication = true
    unauthenticated_action = "RedirectToLoginPage"
    default_provider       = "azureactivedirectory"

    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000000"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }

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
    enabled = true

    active_directory {
      client_id = "00000000-0000-0000-0000-000000000000"
    }
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

  auth_settings_v2 {
    auth_enabled = var.auth_enabled

    login {}
  }

  site_config {}
}

resource "azurerm_linux_web_app" "disabled" {
  count               = 0
  name                = "app-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}
