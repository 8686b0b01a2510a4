resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  release_channel {
    channel = "UNSPECIFIED" # expect: GCP-GKE-010
  }
}

variable "channel" {
  default = "UNSPECIFIED"
}

resource "google_container_cluster" "var" {
  name     = "var"
  location = "us-central1"

  release_channel {
    channel = var.channel # expect: GCP-GKE-010
  }
}
