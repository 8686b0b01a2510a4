variable "extra" {
  type = string
}

# The key is set by a separate metadata item.
resource "google_compute_project_metadata" "default" {
  metadata = {
    serial-port-enable = "FALSE"
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

# Unknown value: no finding.
resource "google_compute_project_metadata_item" "other" {
  key   = "enable-oslogin"
  value = var.extra
}
