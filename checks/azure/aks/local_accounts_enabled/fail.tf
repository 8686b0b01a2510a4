resource "azurerm_kubernetes_cluster" "missing" { # expect: AZURE-AKS-005
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

# A variable defaulting to null leaves the provider default (local accounts on).
variable "local_account_disabled" {
  type    = bool
  default = null
}

resource "azurerm_kubernetes_cluster" "null_variable" { # expect: AZURE-AKS-005
  name                   = "aks-null"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "null"
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

locals {
  disable_local = false
}

resource "azurerm_kubernetes_cluster" "from_local" {
  name                   = "aks-local"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "local"
  local_account_disabled = local.disable_local # expect: AZURE-AKS-005

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
