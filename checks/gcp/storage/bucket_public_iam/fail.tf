resource "google_storage_bucket" "site" {
  name     = "example-site"
  location = "US"
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: GCP-STORAGE-001
}

variable "readers" {
  default = ["group:team@example.com", "allAuthenticatedUsers"]
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = var.readers # expect: GCP-STORAGE-001
}

data "google_iam_policy" "public" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"]
  }
}

resource "google_storage_bucket_iam_policy" "policy" {
  bucket      = google_storage_bucket.site.name
  policy_data = data.google_iam_policy.public.policy_data # expect: GCP-STORAGE-001
}

resource "google_storage_bucket_iam_policy" "inline" {
  bucket = google_storage_bucket.site.name
  policy_data = jsonencode({ # expect: GCP-STORAGE-001
    bindings = [{
      role    = "roles/storage.legacyObjectReader"
      members = ["allUsers"]
    }]
  })
}
