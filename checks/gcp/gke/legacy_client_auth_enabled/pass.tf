variable "issue" {
  type = bool
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "default" {
  name     = "default"
  location = "us-central1"
}

resource "google_container_cluster" "unknown" {
  name     = "unknown"
  location = "us-central1"

  master_auth {
    client_certificate_config {
      issue_client_certificate = var.issue
    }
  }
}
