resource "azurerm_kubernetes_cluster" "missing" { # expect: AZURE-AKS-006
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

variable "azure_policy_enabled" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster" "from_variable" {
  name                 = "aks-variable"
  location             = "westeurope"
  resource_group_name  = "rg"
  dns_prefix           = "variable"
  azure_policy_enabled = var.azure_policy_enabled # expect: AZURE-AKS-006

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
    azure_policy {
      enabled = false # expect: AZURE-AKS-006
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
