resource "google_container_node_pool" "pool" {
  name    = "pool"
  cluster = "primary"

  node_config {
    metadata = {
      disable-legacy-endpoints = "false" # expect: GCP-GKE-008
    }
  }
}

locals {
  legacy = false
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  node_config {
    metadata = {
      "disable-legacy-endpoints" = local.legacy # expect: GCP-GKE-008
    }
  }
}
