resource "azurerm_kubernetes_cluster" "missing" { # expect: AZURE-AKS-010
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

# A module variable defaulting to null leaves upgrades off.
variable "automatic_channel_upgrade" {
  type    = string
  default = null
}

resource "azurerm_kubernetes_cluster" "null_variable" { # expect: AZURE-AKS-010
  name                      = "aks-null"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "null"
  automatic_upgrade_channel = var.automatic_channel_upgrade

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# azurerm 3.x attribute name.
resource "azurerm_kubernetes_cluster" "none" {
  name                      = "aks-none"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "none"
  automatic_channel_upgrade = "none" # expect: AZURE-AKS-010

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
