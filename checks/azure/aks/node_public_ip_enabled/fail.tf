resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  default_node_pool {
    name                   = "system"
    node_count             = 1
    vm_size                = "Standard_D2s_v5"
    node_public_ip_enabled = true # expect: AZURE-AKS-009
  }

  identity {
    type = "SystemAssigned"
  }
}

variable "public_nodes" {
  type    = bool
  default = true
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                   = "user"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = var.public_nodes # expect: AZURE-AKS-009
}

# azurerm 3.x attribute name.
resource "azurerm_kubernetes_cluster_node_pool" "v3" {
  name                  = "v3"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
  enable_node_public_ip = true # expect: AZURE-AKS-009
}
