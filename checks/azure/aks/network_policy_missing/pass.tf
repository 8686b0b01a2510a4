variable "network_policy" {
  type = string
}

resource "azurerm_kubernetes_cluster" "azure_policy" {
  name                = "aks-azure-policy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "azurepolicy"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Azure CNI powered by Cilium enforces network policies itself.
resource "azurerm_kubernetes_cluster" "cilium" {
  name                = "aks-cilium"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "cilium"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                = "aks-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "unknown"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = var.network_policy
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

# Bring-your-own CNI: the installed plugin provides the policy engine.
resource "azurerm_kubernetes_cluster" "byo_cni" {
  name                = "aks-byo-cni"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "byocni"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  network_profile {
    network_plugin = "none"
  }

  identity {
    type = "SystemAssigned"
  }
}
