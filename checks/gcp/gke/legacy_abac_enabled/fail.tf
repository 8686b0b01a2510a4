resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"
  enable_legacy_abac = true # expect: GCP-GKE-001
}

variable "abac" {
  default = true
}

resource "google_container_cluster" "other" {
  name               = "other"
  location           = "us-central1"
  enable_legacy_abac = var.abac # expect: GCP-GKE-001
}
