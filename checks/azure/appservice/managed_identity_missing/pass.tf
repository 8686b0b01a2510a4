variable "identity_type" {
  type = string
}

resource "azurerm_linux_web_app" "system_assigned" {
  name                = "app-identity"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  identity {
    type = "SystemAssigned"
  }

  site_config {}
}

# Whether the block exists is unknown at plan time: no finding.
resource "azurerm_windows_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  dynamic "identity" {
    for_each = var.identity_type == null ? [] : [var.identity_type]
    content {
      type = identity.value
    }
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
