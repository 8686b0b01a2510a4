resource "azurerm_linux_web_app" "no_identity" { # expect: AZURE-APPSERVICE-004
  name                = "app-no-identity"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

# The identity block is generated only when a variable says so, and its default says no.
variable "identity_type" {
  type    = string
  default = null
}

resource "azurerm_linux_function_app" "optional_identity" { # expect: AZURE-APPSERVICE-004
  name                       = "func-optional"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "funcstorage"
  storage_account_access_key = "example-access-key"
  https_only                 = true

  dynamic "identity" {
    for_each = var.identity_type == null ? [] : [var.identity_type]
    content {
      type = identity.value
    }
  }

  site_config {}
}
