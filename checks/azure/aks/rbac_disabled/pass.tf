variable "rbac_enabled" {
  type = bool
}

# RBAC is on by default.
resource "azurerm_kubernetes_cluster" "default" {
  name                = "aks-default"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "default"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit" {
  name                              = "aks-explicit"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "explicit"
  role_based_access_control_enabled = true

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
  name                              = "aks-unknown"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "unknown"
  role_based_access_control_enabled = var.rbac_enabled

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# count = 0: the cluster does not exist.
resource "azurerm_kubernetes_cluster" "disabled" {
  count                             = 0
  name                              = "aks-disabled"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "disabled"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
