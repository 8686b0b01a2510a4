resource "azurerm_kubernetes_cluster" "missing" { # expect: AZURE-AKS-007
  name                = "aks-missing"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "missing"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# The module pattern: the agent block depends on a flag that is turned off.
variable "log_analytics_workspace_enabled" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster" "flag_off" { # expect: AZURE-AKS-007
  name                = "aks-flag-off"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "flagoff"

  dynamic "oms_agent" {
    for_each = var.log_analytics_workspace_enabled ? ["oms_agent"] : []
    content {
      log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
    }
  }

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# azurerm 2.x add-on profile.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled = false # expect: AZURE-AKS-007
    }
  }

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
