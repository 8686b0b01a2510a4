resource "azurerm_kubernetes_cluster" "literal" {
  name                              = "aks-literal"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "literal"
  role_based_access_control_enabled = false # expect: AZURE-AKS-001

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# A module-style variable whose default turns RBAC off.
variable "rbac_enabled" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster" "from_variable" {
  name                              = "aks-variable"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "variable"
  role_based_access_control_enabled = var.rbac_enabled # expect: AZURE-AKS-001

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# azurerm before 2.99 configured RBAC in a block.
resource "azurerm_kubernetes_cluster" "legacy_block" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  role_based_access_control {
    enabled = false # expect: AZURE-AKS-001
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
