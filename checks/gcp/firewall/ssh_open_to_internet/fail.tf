locals {
  anywhere = "0.0.0.0/0"
}

# SSH from anywhere to instances tagged "ssh".
resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["10.0.0.0/8", local.anywhere] # expect: GCP-FIREWALL-001
  target_tags   = ["ssh"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

variable "admin_ranges" {
  default = ["::/0"]
}

# A port range that contains 22, with the source from a variable default.
resource "google_compute_firewall" "range" {
  name          = "allow-range"
  network       = "default"
  source_ranges = var.admin_ranges # expect: GCP-FIREWALL-001

  allow {
    protocol = "tcp"
    ports    = ["20-30", "443"]
  }
}

# No source at all: Google applies the rule to 0.0.0.0/0.
resource "google_compute_firewall" "implicit" { # expect: GCP-FIREWALL-001
  name    = "allow-all-tcp"
  network = "default"

  allow {
    protocol = "tcp"
  }
}

resource "google_compute_network_firewall_policy_rule" "ssh" {
  firewall_policy = "policy"
  priority        = 1000
  direction       = "INGRESS"
  action          = "allow"

  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: GCP-FIREWALL-001
    layer4_configs {
      ip_protocol = "all"
    }
  }
}
