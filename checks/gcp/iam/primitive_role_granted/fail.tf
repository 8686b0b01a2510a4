resource "google_project_iam_member" "owner" {
  project = "my-project"
  role    = "roles/owner"
  member  = "user:alice@example.com" # expect: GCP-IAM-001
}

variable "editors" {
  default = ["group:devs@example.com"]
}

resource "google_project_iam_binding" "editors" {
  project = "my-project"
  role    = "roles/editor"
  members = var.editors # expect: GCP-IAM-001
}

resource "google_folder_iam_member" "folder_owner" {
  folder = "folders/123456789"
  role   = "roles/owner"
  member = "serviceAccount:ci@my-project.iam.gserviceaccount.com" # expect: GCP-IAM-001
}
