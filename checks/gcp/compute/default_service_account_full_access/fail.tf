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

  service_account {
    scopes = ["cloud-platform"] # expect: GCP-COMPUTE-009
  }
}

locals {
  scopes = ["userinfo-email", "https://www.googleapis.com/auth/cloud-platform"]
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
    email  = "default"
    scopes = local.scopes # expect: GCP-COMPUTE-009
  }
}
