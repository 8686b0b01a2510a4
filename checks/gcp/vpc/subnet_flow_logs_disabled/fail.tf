resource "google_compute_subnetwork" "app" { # expect: GCP-VPC-001
  name                     = "app"
  ip_cidr_range            = "10.0.0.0/24"
  region                   = "us-central1"
  network                  = "default"
  private_ip_google_access = true
}
