variable "ubla" {
  type = bool
}

resource "google_storage_bucket" "data" {
  name                        = "example-data"
  location                    = "US"
  uniform_bucket_level_access = true
}

# Unknown value: no finding.
resource "google_storage_bucket" "unknown" {
  name                        = "example-unknown"
  location                    = "US"
  uniform_bucket_level_access = var.ubla
}

resource "google_storage_bucket" "none" {
  count    = 0
  name     = "example-none"
  location = "US"
}
