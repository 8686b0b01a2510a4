variable "channel" {
  type = string
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  release_channel {
    channel = "REGULAR"
  }
}

resource "google_container_cluster" "unknown" {
  name     = "unknown"
  location = "us-central1"

  release_channel {
    channel = var.channel
  }
}
