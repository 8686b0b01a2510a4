# Public API server (private_cluster_enabled defaults to false) with no IP restriction.
resource "azurerm_kubernetes_cluster" "open" { # expect: AZURE-AKS-004
  name                = "aks-open"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "open"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# The module pattern: the access profile exists only when ranges are given, and the
# variable defaults to null.
variable "authorized_ip_ranges" {
  type    = set(string)
  default = null
}

variable "private_cluster" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster" "module_defaults" {
  name                    = "aks-module"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "module"
  private_cluster_enabled = var.private_cluster # expect: AZURE-AKS-004

  dynamic "api_server_access_profile" {
    for_each = var.authorized_ip_ranges != null ? ["profile"] : []
    content {
      authorized_ip_ranges = var.authorized_ip_ranges
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

# An "authorised" range that is the whole internet.
resource "azurerm_kubernetes_cluster" "any_range" {
  name                = "aks-any"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "any"

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24", "0.0.0.0/0"] # expect: AZURE-AKS-004
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
