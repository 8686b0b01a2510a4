variable "kms_key" {
  type = string
}

resource "google_compute_disk" "data" {
  name = "data"
  zone = "us-central1-a"
  size = 100

  disk_encryption_key {
    kms_key_self_link = var.kms_key
  }
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "us-central1-a"

  boot_disk {
    kms_key_self_link = var.kms_key
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

# A boot disk attached by source is judged on the disk resource.
resource "google_compute_instance" "attached" {
  name         = "attached"
  machine_type = "e2-small"
  zone         = "us-central1-a"

  boot_disk {
    source = google_compute_disk.data.id
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "tpl" {
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
    disk_encryption_key {
      kms_key_self_link = var.kms_key
    }
  }

  network_interface {
    network = "default"
  }
}
