resource "google_container_cluster" "primary" { # expect: GCP-GKE-003
  name     = "primary"
  location = "us-central1"
}

variable "private_nodes" {
  default = false
}

resource "google_container_cluster" "explicit" {
  name     = "explicit"
  location = "us-central1"

  private_cluster_config {
    enable_private_nodes = var.private_nodes # expect: GCP-GKE-003
  }
}
