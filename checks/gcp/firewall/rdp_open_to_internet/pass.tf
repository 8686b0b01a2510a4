variable "rdp_sources" {
  type = list(string)
}

resource "google_compute_firewall" "office" {
  name          = "allow-rdp-office"
  network       = "default"
  source_ranges = ["203.0.113.0/24"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# Unknown sources: no finding.
resource "google_compute_firewall" "unknown" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = var.rdp_sources

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# UDP only.
resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "udp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "deny" {
  name          = "deny-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# Policy rules that deny, or that match only egress, do not open RDP.
resource "google_compute_network_firewall_policy_rule" "deny" {
  firewall_policy = "policy"
  priority        = 100
  direction       = "INGRESS"
  action          = "deny"

  match {
    src_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "egress" {
  firewall_policy = "policy"
  priority        = 200
  direction       = "EGRESS"
  action          = "allow"

  match {
    dest_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}
