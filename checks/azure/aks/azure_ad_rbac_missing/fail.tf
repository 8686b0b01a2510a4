# RBAC is on (the default) but users authenticate with local cluster certificates.
resource "azurerm_kubernetes_cluster" "no_aad" { # expect: AZURE-AKS-002
  name                = "aks-no-aad"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "noaad"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# The block is generated only when a variable says so, and its default says no.
variable "aad_enabled" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster" "dynamic_off" { # expect: AZURE-AKS-002
  name                = "aks-dynamic"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "dynamic"

  dynamic "azure_active_directory_role_based_access_control" {
    for_each = var.aad_enabled ? ["aad"] : []
    content {
      azure_rbac_enabled = true
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
