resource "google_compute_subnetwork" "app" { # expect: GCP-VPC-002
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  region        = "us-central1"
  network       = "default"
}

variable "private_access" {
  default = "false"
}

resource "google_compute_subnetwork" "explicit" {
  name                     = "explicit"
  ip_cidr_range            = "10.0.1.0/24"
  region                   = "us-central1"
  network                  = "default"
  private_ip_google_access = var.private_access # expect: GCP-VPC-002
}
