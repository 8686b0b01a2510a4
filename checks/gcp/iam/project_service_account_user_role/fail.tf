resource "google_project_iam_member" "sa_user" {
  project = "my-project"
  role    = "roles/iam.serviceAccountUser"
  member  = "user:alice@example.com" # expect: GCP-IAM-003
}

locals {
  token_creators = ["group:ops@example.com"]
}

resource "google_project_iam_binding" "token" {
  project = "my-project"
  role    = "roles/iam.serviceAccountTokenCreator"
  members = local.token_creators # expect: GCP-IAM-003
}

resource "google_service_account" "ci" {
  account_id = "ci"
}

# The member is computed, but the project-wide grant is there regardless.
resource "google_project_iam_member" "ci" {
  project = "my-project"
  role    = "roles/iam.serviceAccountUser"
  member  = "serviceAccount:${google_service_account.ci.email}" # expect: GCP-IAM-003
}
