resource "google_container_cluster" "primary" {
  name                  = "primary"
  location              = "us-central1"
  enable_shielded_nodes = false # expect: GCP-GKE-011
}

variable "shielded" {
  default = false
}

resource "google_container_cluster" "var" {
  name                  = "var"
  location              = "us-central1"
  enable_shielded_nodes = var.shielded # expect: GCP-GKE-011
}
