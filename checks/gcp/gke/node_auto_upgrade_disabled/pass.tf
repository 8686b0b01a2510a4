variable "auto_upgrade" {
  type = bool
}

# auto_upgrade defaults to true.
resource "google_container_node_pool" "default" {
  name    = "default"
  cluster = "primary"
}

resource "google_container_node_pool" "explicit" {
  name    = "explicit"
  cluster = "primary"

  management {
    auto_upgrade = true
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "primary"

  management {
    auto_upgrade = var.auto_upgrade
  }
}
