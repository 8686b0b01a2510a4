variable "upgrade_channel" {
  type = string
}

resource "azurerm_kubernetes_cluster" "patch" {
  name                      = "aks-patch"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "patch"
  kubernetes_version        = "1.33"
  automatic_upgrade_channel = "patch"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v3_stable" {
  name                      = "aks-stable"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "stable"
  automatic_channel_upgrade = "stable"

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
  name                      = "aks-unknown"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "unknown"
  automatic_upgrade_channel = var.upgrade_channel

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
