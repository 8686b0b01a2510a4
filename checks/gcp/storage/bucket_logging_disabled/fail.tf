resource "google_storage_bucket" "data" { # expect: GCP-STORAGE-005
  name                        = "example-data"
  location                    = "US"
  uniform_bucket_level_access = true
}
