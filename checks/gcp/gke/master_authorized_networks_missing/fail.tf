# Public endpoint without authorized networks.
resource "google_container_cluster" "primary" { # expect: GCP-GKE-002
  name     = "primary"
  location = "us-central1"
}

variable "admin_cidr" {
  default = "0.0.0.0/0"
}

resource "google_container_cluster" "open" {
  name     = "open"
  location = "us-central1"

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.admin_cidr # expect: GCP-GKE-002
      display_name = "admins"
    }
  }
}
