resource "google_storage_bucket" "data" { # expect: GCP-STORAGE-004
  name                        = "example-data"
  location                    = "US"
  uniform_bucket_level_access = true
}

locals {
  versioning = false
}

resource "google_storage_bucket" "explicit" {
  name                        = "example-explicit"
  location                    = "US"
  uniform_bucket_level_access = true

  versioning {
    enabled = local.versioning # expect: GCP-STORAGE-004
  }
}
