resource "google_container_cluster" "primary" { # expect: GCP-GKE-006
  name     = "primary"
  location = "us-central1"
}

variable "network_policy" {
  default = false
}

resource "google_container_cluster" "explicit" {
  name     = "explicit"
  location = "us-central1"

  network_policy {
    enabled = var.network_policy # expect: GCP-GKE-006
  }
}
