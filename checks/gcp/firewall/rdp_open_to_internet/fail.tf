variable "rdp_sources" {
  default = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: GCP-FIREWALL-002
  target_tags   = ["windows"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# A wide range from a variable default.
resource "google_compute_firewall" "range" {
  name          = "allow-range"
  network       = "default"
  source_ranges = var.rdp_sources # expect: GCP-FIREWALL-002

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }
}

# Every protocol.
resource "google_compute_firewall" "all" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["::/0"] # expect: GCP-FIREWALL-002

  allow {
    protocol = "all"
  }
}

# Firewall policy rule; protocol 6 is TCP.
resource "google_compute_region_network_firewall_policy_rule" "rdp" {
  firewall_policy = "policy"
  region          = "us-central1"
  priority        = 100
  direction       = "INGRESS"
  action          = "allow"

  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: GCP-FIREWALL-002
    layer4_configs {
      ip_protocol = "6"
      ports       = ["3389"]
    }
  }
}
