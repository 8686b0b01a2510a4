# Project metadata without enable-oslogin: OS Login stays off.
resource "google_compute_project_metadata" "default" { # expect: GCP-COMPUTE-003
  metadata = {
    ssh-keys = "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample alice"
  }
}
