resource "google_storage_bucket_acl" "site" {
  bucket         = "example-site"
  predefined_acl = "publicRead" # expect: GCP-STORAGE-002
}

resource "google_storage_default_object_acl" "site" {
  bucket = "example-site"
  role_entity = [
    "OWNER:project-owners-123456789012",
    "READER:allUsers", # expect: GCP-STORAGE-002
  ]
}

variable "entity" {
  default = "allAuthenticatedUsers"
}

resource "google_storage_bucket_access_control" "site" {
  bucket = "example-site"
  role   = "READER"
  entity = var.entity # expect: GCP-STORAGE-002
}
