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

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = false # expect: GCP-COMPUTE-007
    enable_integrity_monitoring = false # expect: GCP-COMPUTE-007
  }
}

variable "monitoring" {
  default = false
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  shielded_instance_config {
    enable_integrity_monitoring = var.monitoring # expect: GCP-COMPUTE-007
  }
}
