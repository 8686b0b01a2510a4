# No network_profile: kubenet without a policy engine.
resource "azurerm_kubernetes_cluster" "no_profile" { # expect: AZURE-AKS-003
  name                = "aks-no-profile"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "noprofile"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# A module variable that defaults to null leaves the policy unset.
variable "network_policy" {
  type    = string
  default = null
}

resource "azurerm_kubernetes_cluster" "null_policy" {
  name                = "aks-null-policy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "nullpolicy"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  network_profile { # expect: AZURE-AKS-003
    network_plugin = "azure"
    network_policy = var.network_policy
  }

  identity {
    type = "SystemAssigned"
  }
}
