resource "azurerm_linux_web_app" "ftp" {
  name                = "app-ftp"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "AllAllowed" # expect: AZURE-APPSERVICE-003
  }
}

variable "ftps_state" {
  type    = string
  default = "AllAllowed"
}

resource "azurerm_windows_function_app" "from_variable" {
  name                       = "func-ftp"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = true

  site_config {
    ftps_state = var.ftps_state # expect: AZURE-APPSERVICE-003
  }
}

# The azurerm 2.x resource leaves Azure's default, AllAllowed, in place.
resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config { # expect: AZURE-APPSERVICE-003
    min_tls_version = "1.2"
  }
}
