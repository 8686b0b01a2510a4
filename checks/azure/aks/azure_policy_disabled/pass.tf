variable "azure_policy_enabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "enabled" {
  name                 = "aks-enabled"
  location             = "westeurope"
  resource_group_name  = "rg"
  dns_prefix           = "enabled"
  azure_policy_enabled = true

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
    azure_policy {
      enabled = true
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

# Unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                 = "aks-unknown"
  location             = "westeurope"
  resource_group_name  = "rg"
  dns_prefix           = "unknown"
  azure_policy_enabled = var.azure_policy_enabled

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
