variable "private_nodes" {
  type = bool
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }
}

resource "google_container_cluster" "unknown" {
  name     = "unknown"
  location = "us-central1"

  private_cluster_config {
    enable_private_nodes = var.private_nodes
  }
}
