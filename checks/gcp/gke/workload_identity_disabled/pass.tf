variable "project_id" {
  type = string
}

resource "google_container_cluster" "primary" {
  name     = "primary"
  location = "us-central1"

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }
}

# Autopilot always uses Workload Identity.
resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "us-central1"
  enable_autopilot = true
}
