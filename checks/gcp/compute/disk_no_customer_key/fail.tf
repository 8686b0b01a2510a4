resource "google_compute_disk" "data" { # expect: GCP-COMPUTE-011
  name = "data"
  zone = "us-central1-a"
  size = 100
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "us-central1-a"

  boot_disk { # expect: GCP-COMPUTE-011
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk { # expect: GCP-COMPUTE-011
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}
