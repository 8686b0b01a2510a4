variable "aad_enabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "aad" {
  name                = "aks-aad"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aad"

  azure_active_directory_role_based_access_control {
    admin_group_object_ids = ["00000000-0000-0000-0000-000000000000"]
    azure_rbac_enabled     = true
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

# Whether the block exists is unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                = "aks-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "unknown"

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

# azurerm 2.x placed the Azure AD settings inside role_based_access_control.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  role_based_access_control {
    enabled = true
    azure_active_directory {
      managed                = true
      admin_group_object_ids = ["00000000-0000-0000-0000-000000000000"]
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

# RBAC itself is off: AZURE-AKS-001 reports that, this check stays silent.
resource "azurerm_kubernetes_cluster" "rbac_off" {
  name                              = "aks-rbac-off"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "rbacoff"
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
