resource "google_container_cluster" "primary" { # expect: GCP-GKE-004
  name     = "primary"
  location = "us-central1"
}

locals {
  pool = ""
}

resource "google_container_cluster" "empty" {
  name     = "empty"
  location = "us-central1"

  workload_identity_config {
    workload_pool = local.pool # expect: GCP-GKE-004
  }
}
