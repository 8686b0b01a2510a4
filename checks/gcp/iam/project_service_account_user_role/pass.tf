variable "role" {
  type = string
}

resource "google_service_account" "app" {
  account_id = "app"
}

# Granted on one service account, not on the project.
resource "google_service_account_iam_member" "deployer" {
  service_account_id = google_service_account.app.name
  role               = "roles/iam.serviceAccountUser"
  member             = "user:alice@example.com"
}

resource "google_project_iam_member" "unknown" {
  project = "my-project"
  role    = var.role
  member  = "user:alice@example.com"
}
