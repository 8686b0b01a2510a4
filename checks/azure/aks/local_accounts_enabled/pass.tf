variable "local_account_disabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "aad_only" {
  name                   = "aks-aad-only"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "aadonly"
  local_account_disabled = true

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
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
  name                   = "aks-unknown"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "unknown"
  local_account_disabled = var.local_account_disabled

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
