variable "private_access" {
  type = bool
}

resource "google_compute_subnetwork" "app" {
  name                     = "app"
  ip_cidr_range            = "10.0.0.0/24"
  region                   = "us-central1"
  network                  = "default"
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "unknown" {
  name                     = "unknown"
  ip_cidr_range            = "10.0.1.0/24"
  region                   = "us-central1"
  network                  = "default"
  private_ip_google_access = var.private_access
}

# Private Service Connect subnets are not used by VMs.
resource "google_compute_subnetwork" "psc" {
  name          = "psc"
  ip_cidr_range = "10.0.2.0/24"
  region        = "us-central1"
  network       = "default"
  purpose       = "PRIVATE_SERVICE_CONNECT"
}
