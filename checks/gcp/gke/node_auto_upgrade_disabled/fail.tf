resource "google_container_node_pool" "pool" {
  name    = "pool"
  cluster = "primary"

  management {
    auto_repair  = true
    auto_upgrade = false # expect: GCP-GKE-007
  }
}

variable "auto_upgrade" {
  default = false
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  node_pool {
    name = "default"
    management {
      auto_upgrade = var.auto_upgrade # expect: GCP-GKE-007
    }
  }
}
