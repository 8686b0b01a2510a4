variable "ports" {
  type = list(string)
}

resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
}

# ICMP has no ports.
resource "google_compute_firewall" "ping" {
  name          = "allow-ping"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "icmp"
  }
}

# Ports unknown: no finding.
resource "google_compute_firewall" "unknown" {
  name          = "allow-some"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = var.ports
  }
}

# Everything, but only from the internal network.
resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]

  allow {
    protocol = "all"
  }
}
