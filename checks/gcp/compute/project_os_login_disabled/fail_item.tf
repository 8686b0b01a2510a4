variable "oslogin" {
  default = "FALSE"
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = var.oslogin # expect: GCP-COMPUTE-003
}
