resource "google_storage_bucket" "legacy" { # expect: GCP-STORAGE-003
  name     = "example-legacy"
  location = "US"
}

variable "ubla" {
  default = false
}

resource "google_storage_bucket" "explicit" {
  name                        = "example-explicit"
  location                    = "US"
  uniform_bucket_level_access = var.ubla # expect: GCP-STORAGE-003
}
