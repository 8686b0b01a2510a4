# Neither blocks project keys nor uses OS Login.
resource "google_compute_instance" "web" { # expect: GCP-COMPUTE-004
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

variable "block" {
  default = "false"
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

  metadata = {
    block-project-ssh-keys = var.block # expect: GCP-COMPUTE-004
  }
}

resource "google_compute_instance_template" "tpl" { # expect: GCP-COMPUTE-004
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin = "FALSE"
  }
}
