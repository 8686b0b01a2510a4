resource "google_compute_instance" "legacy" {
  name         = "legacy"
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

  # Overrides the project-wide OS Login setting.
  metadata = {
    enable-oslogin = "FALSE" # expect: GCP-COMPUTE-002
  }
}

locals {
  oslogin = "false"
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
    enable-oslogin = local.oslogin # expect: GCP-COMPUTE-002
  }
}
