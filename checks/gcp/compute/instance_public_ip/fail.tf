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

    # An empty access_config allocates an ephemeral external IP.
    access_config { # expect: GCP-COMPUTE-005
    }
  }
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
    access_config { # expect: GCP-COMPUTE-005
      network_tier = "STANDARD"
    }
  }
}
