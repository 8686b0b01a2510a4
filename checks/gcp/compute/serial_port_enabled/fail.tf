resource "google_compute_instance" "debug" {
  name         = "debug"
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

  metadata = {
    serial-port-enable = "TRUE" # expect: GCP-COMPUTE-001
  }
}

variable "serial" {
  default = "1"
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  metadata = {
    "serial-port-enable" = var.serial # expect: GCP-COMPUTE-001
  }
}

# Project-wide: every VM gets a serial console.
resource "google_compute_project_metadata" "project" {
  metadata = {
    serial-port-enable = true # expect: GCP-COMPUTE-001
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "true" # expect: GCP-COMPUTE-001
}
