resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"

  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # expect: GCP-BIGQUERY-001
  }
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  role       = "READER"
  iam_member = "allUsers" # expect: GCP-BIGQUERY-001
}

variable "viewer" {
  default = "allUsers"
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = var.viewer # expect: GCP-BIGQUERY-001
}
