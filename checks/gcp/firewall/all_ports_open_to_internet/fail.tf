resource "google_compute_firewall" "all" {
  name          = "allow-everything"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: GCP-FIREWALL-003

  allow {
    protocol = "all"
  }
}

variable "udp_ports" {
  default = ["0-65535"]
}

resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: GCP-FIREWALL-003

  allow {
    protocol = "udp"
    ports    = var.udp_ports
  }
}

# tcp without a port list means every TCP port; no source means 0.0.0.0/0.
resource "google_compute_firewall" "tcp" { # expect: GCP-FIREWALL-003
  name    = "allow-tcp"
  network = "default"

  allow {
    protocol = "tcp"
  }
}
