variable "role" {
  type = string
}

resource "google_project_iam_member" "viewer" {
  project = "my-project"
  role    = "roles/compute.viewer"
  member  = "user:alice@example.com"
}

# Unknown role: no finding.
resource "google_project_iam_member" "unknown" {
  project = "my-project"
  role    = var.role
  member  = "user:alice@example.com"
}

resource "google_project_iam_member" "none" {
  count   = 0
  project = "my-project"
  role    = "roles/owner"
  member  = "user:alice@example.com"
}
