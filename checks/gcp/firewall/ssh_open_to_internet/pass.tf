variable "ssh_ranges" {
  type = list(string)
}

# SSH only through Identity-Aware Proxy.
resource "google_compute_firewall" "iap" {
  name          = "allow-iap-ssh"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# Source ranges unknown: no finding.
resource "google_compute_firewall" "unknown" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = var.ssh_ranges

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# Public HTTPS only.
resource "google_compute_firewall" "https" {
  name          = "allow-https"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# Deny rules, egress rules, disabled rules and tag-sourced rules do not open SSH.
resource "google_compute_firewall" "deny" {
  name          = "deny-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress-ssh"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "allow-ssh-disabled"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "tags" {
  name        = "allow-ssh-from-bastion"
  network     = "default"
  source_tags = ["bastion"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "none" {
  count         = 0
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
