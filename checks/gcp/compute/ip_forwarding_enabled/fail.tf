resource "google_compute_instance" "nat" {
  name           = "nat"
  can_ip_forward = true # expect: GCP-COMPUTE-010
  machine_type = "e2-small"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

variable "forward" {
  default = true
}

resource "google_compute_instance_template" "tpl" {
  machine_type   = "e2-small"
  can_ip_forward = var.forward # expect: GCP-COMPUTE-010

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}
