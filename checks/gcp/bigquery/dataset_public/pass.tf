variable "member" {
  type = string
}

resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"

  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "projectReaders"
  }
}

resource "google_bigquery_dataset_iam_member" "unknown" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = var.member
}
