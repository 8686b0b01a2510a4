resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  default_node_pool { # expect: AZURE-AKS-008
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

variable "host_encryption_enabled" {
  type    = bool
  default = false
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                    = "user"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.main.id
  vm_size                 = "Standard_D4s_v5"
  node_count              = 2
  host_encryption_enabled = var.host_encryption_enabled # expect: AZURE-AKS-008
}

# azurerm 3.x attribute name.
resource "azurerm_kubernetes_cluster_node_pool" "v3" {
  name                   = "v3"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  enable_host_encryption = false # expect: AZURE-AKS-008
}

resource "azurerm_kubernetes_cluster_node_pool" "missing" { # expect: AZURE-AKS-008
  name                  = "missing"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
}
