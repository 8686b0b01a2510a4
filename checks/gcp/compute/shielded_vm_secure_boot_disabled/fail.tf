# No shielded_instance_config: Secure Boot defaults to off.
resource "google_compute_instance" "web" { # expect: GCP-COMPUTE-006
  name         = "web"
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

variable "secure_boot" {
  default = false
}

resource "google_compute_instance" "explicit" {
  name         = "explicit"
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

  shielded_instance_config {
    enable_secure_boot = var.secure_boot # expect: GCP-COMPUTE-006
  }
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  shielded_instance_config { # expect: GCP-COMPUTE-006
    enable_vtpm = true
  }
}
