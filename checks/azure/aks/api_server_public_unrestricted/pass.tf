variable "authorized_ip_ranges" {
  type = set(string)
}

variable "private_cluster" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "private" {
  name                    = "aks-private"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "private"
  private_cluster_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "restricted" {
  name                = "aks-restricted"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "restricted"

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
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

# azurerm 3.x top-level attribute.
resource "azurerm_kubernetes_cluster" "restricted_v3" {
  name                            = "aks-restricted-v3"
  location                        = "westeurope"
  resource_group_name             = "rg"
  dns_prefix                      = "restrictedv3"
  api_server_authorized_ip_ranges = ["198.51.100.10/32"]

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Unknown ranges and unknown privacy: no finding.
resource "azurerm_kubernetes_cluster" "unknown_ranges" {
  name                = "aks-unknown-ranges"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "unknownranges"

  api_server_access_profile {
    authorized_ip_ranges = var.authorized_ip_ranges
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

resource "azurerm_kubernetes_cluster" "unknown_private" {
  name                    = "aks-unknown-private"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "unknownprivate"
  private_cluster_enabled = var.private_cluster

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
