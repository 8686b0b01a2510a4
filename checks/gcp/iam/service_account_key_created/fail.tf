resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_service_account_key" "ci" { # expect: GCP-IAM-002
  service_account_id = google_service_account.ci.name
}
