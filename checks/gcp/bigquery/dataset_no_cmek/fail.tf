resource "google_bigquery_dataset" "analytics" { # expect: GCP-BIGQUERY-002
  dataset_id = "analytics"
  location   = "US"
}
