variable "http2" {
  type = bool
}

resource "azurerm_linux_web_app" "http2" {
  name                = "app-http2"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    http2_enabled = true
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
    http2_enabled = var.http2
  }
}

resource "azurerm_linux_web_app" "disabled" {
  count               = 0
  name                = "app-disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}
