variable "public_nodes" {
  type = bool
}

# Nodes have no public IP by default.
resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "private" {
  name                   = "private"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = false
}

# Unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster_node_pool" "unknown" {
  name                   = "unknown"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = var.public_nodes
}

resource "azurerm_kubernetes_cluster_node_pool" "disabled" {
  count                  = 0
  name                   = "disabled"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = true
}
