variable "log_analytics_workspace_enabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "monitored" {
  name                = "aks-monitored"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "monitored"

  oms_agent {
    log_analytics_workspace_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
    msi_auth_for_monitoring_enabled = true
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

# Whether the agent block exists is unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                = "aks-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "unknown"

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

resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled                    = true
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

resource "azurerm_kubernetes_cluster" "disabled" {
  count               = 0
  name                = "aks-disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "disabled"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
