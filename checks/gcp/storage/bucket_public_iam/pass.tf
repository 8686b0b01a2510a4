variable "member" {
  type = string
}

resource "google_storage_bucket" "data" {
  name     = "example-data"
  location = "US"
}

resource "google_storage_bucket_iam_member" "team" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "group:team@example.com"
}

# Unknown member: no finding.
resource "google_storage_bucket_iam_member" "unknown" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = var.member
}

data "google_iam_policy" "private" {
  binding {
    role    = "roles/storage.admin"
    members = ["serviceAccount:app@example.iam.gserviceaccount.com"]
  }
}

resource "google_storage_bucket_iam_policy" "policy" {
  bucket      = google_storage_bucket.data.name
  policy_data = data.google_iam_policy.private.policy_data
}

resource "google_storage_bucket_iam_member" "none" {
  count  = 0
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
