resource "google_container_node_pool" "pool" {
  name    = "pool"
  cluster = "primary"

  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA" # expect: GCP-GKE-005
    }
  }
}

variable "node_metadata" {
  default = "EXPOSE"
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  node_pool {
    name = "default"
    node_config {
      workload_metadata_config {
        node_metadata = var.node_metadata # expect: GCP-GKE-005
      }
    }
  }
}
