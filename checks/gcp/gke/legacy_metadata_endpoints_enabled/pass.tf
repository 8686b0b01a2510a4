variable "metadata" {
  type = map(string)
}

resource "google_container_node_pool" "pool" {
  name    = "pool"
  cluster = "primary"

  node_config {
    metadata = {
      disable-legacy-endpoints = "true"
    }
  }
}

# The endpoints are disabled by default.
resource "google_container_node_pool" "default" {
  name    = "default"
  cluster = "primary"

  node_config {
    machine_type = "e2-standard-4"
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "primary"

  node_config {
    metadata = var.metadata
  }
}
