variable "ftps_state" {
  type = string
}

# The current resources default to Disabled.
resource "azurerm_linux_web_app" "default" {
  name                = "app-default"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_app_service" "legacy_ftps" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "FtpsOnly"
  }
}

# Unknown at plan time: no finding.
resource "azurerm_windows_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = var.ftps_state
  }
}

resource "azurerm_linux_web_app" "disabled" {
  count               = 0
  name                = "app-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "AllAllowed"
  }
}
