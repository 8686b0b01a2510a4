# No email: the provider attaches the Compute Engine default service account.
resource "google_compute_instance" "web" {
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

  service_account { # expect: GCP-COMPUTE-008
    scopes = ["logging-write", "monitoring-write"]
  }
}

variable "sa_email" {
  default = "123456789012-compute@developer.gserviceaccount.com"
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = var.sa_email # expect: GCP-COMPUTE-008
    scopes = ["cloud-platform"]
  }
}
