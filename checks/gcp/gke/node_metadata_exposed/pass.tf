variable "mode" {
  type = string
}

resource "google_container_node_pool" "pool" {
  name    = "pool"
  cluster = "primary"

  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "primary"

  node_config {
    workload_metadata_config {
      mode = var.mode
    }
  }
}
