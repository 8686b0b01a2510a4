resource "google_service_account" "ci" {
  account_id = "ci"
}

# CI authenticates through Workload Identity Federation instead of a key.
resource "google_service_account_iam_member" "wif" {
  service_account_id = google_service_account.ci.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/attribute.repository/org/repo"
}

resource "google_service_account_key" "none" {
  count              = 0
  service_account_id = google_service_account.ci.name
}
