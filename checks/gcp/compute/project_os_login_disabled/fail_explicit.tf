resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "FALSE" # expect: GCP-COMPUTE-003
  }
}
