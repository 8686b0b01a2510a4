resource "google_container_cluster" "cert" {
  name     = "cert"
  location = "us-central1"

  master_auth {
    client_certificate_config {
      issue_client_certificate = true # expect: GCP-GKE-009
    }
  }
}

variable "password" {
  default = "correct-horse-battery-staple"
}

resource "google_container_cluster" "basic" {
  name     = "basic"
  location = "us-central1"

  master_auth {
    username = "admin"        # expect: GCP-GKE-009
    password = var.password # expect: GCP-GKE-009
  }
}
