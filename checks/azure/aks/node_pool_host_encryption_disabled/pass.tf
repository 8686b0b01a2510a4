variable "host_encryption_enabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  default_node_pool {
    name                    = "system"
    node_count              = 1
    vm_size                 = "Standard_D2s_v5"
    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "v3" {
  name                   = "v3"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  enable_host_encryption = true
}

# Unknown at plan time: no finding.
resource "azurerm_kubernetes_cluster_node_pool" "unknown" {
  name                    = "unknown"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.main.id
  vm_size                 = "Standard_D4s_v5"
  node_count              = 2
  host_encryption_enabled = var.host_encryption_enabled
}

resource "azurerm_kubernetes_cluster_node_pool" "disabled" {
  count                 = 0
  name                  = "disabled"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
}
