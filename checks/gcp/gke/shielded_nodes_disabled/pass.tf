variable "shielded" {
  type = bool
}

# Shielded nodes are on by default.
resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"
}

resource "google_container_cluster" "unknown" {
  name                  = "unknown"
  location              = "us-central1"
  enable_shielded_nodes = var.shielded
}
