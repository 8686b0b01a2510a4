variable "versioning" {
  type = bool
}

resource "google_storage_bucket" "data" {
  name                        = "example-data"
  location                    = "US"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }
}

# Unknown value: no finding.
resource "google_storage_bucket" "unknown" {
  name     = "example-unknown"
  location = "US"

  versioning {
    enabled = var.versioning
  }
}
