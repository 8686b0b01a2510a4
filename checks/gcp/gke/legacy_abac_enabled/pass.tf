variable "abac" {
  type = bool
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"
}

resource "google_container_cluster" "explicit" {
  name               = "explicit"
  location           = "us-central1"
  enable_legacy_abac = false
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "us-central1"
  enable_legacy_abac = var.abac
}
