# The log bucket itself receives the logs of another bucket.
resource "google_storage_bucket" "logs" {
  name                        = "example-logs"
  location                    = "US"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "data" {
  name                        = "example-data"
  location                    = "US"
  uniform_bucket_level_access = true

  logging {
    log_bucket = google_storage_bucket.logs.name
  }
}

resource "google_storage_bucket" "by_name" {
  name     = "example-other"
  location = "US"

  logging {
    log_bucket = "example-logs"
  }
}
